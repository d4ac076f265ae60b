import type { Config } from '../config/config.js';
export async function runImport(_config: Config, _args: string[]): Promise<number> {
  throw new Error('import is not available yet');
}
