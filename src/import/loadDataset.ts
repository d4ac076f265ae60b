import { DataValidationError, readDataset, type Dataset, type DataIssue } from './dataset.js';
import { validateDataset } from './validate.js';

/**
 * Reads and validates the whole data folder. `extraPlans` are plan files given as text (an
 * upload through the API) that take the place of, or are added to, the files on disk: they are
 * checked against everything else, as if they were there.
 */
export function loadDataset(dir: string, extraPlans: readonly { name: string; text: string }[] = []): { dataset: Dataset | undefined; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const dataset = readDataset(dir, issues, extraPlans);
  if (dataset) issues.push(...validateDataset(dataset));
  return { dataset: issues.length === 0 ? dataset : undefined, issues };
}

/** Like loadDataset, but throws DataValidationError listing every problem. */
export function loadValidDataset(dir: string, extraPlans: readonly { name: string; text: string }[] = []): Dataset {
  const { dataset, issues } = loadDataset(dir, extraPlans);
  if (!dataset) throw new DataValidationError(issues);
  return dataset;
}
