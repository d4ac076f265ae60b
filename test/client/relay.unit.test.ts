import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/paths.js';

/**
 * relay-compiler (its binary ships in the npm package; no download) compiles the fragments of
 * client/relay against the committed schema: @refetchable on Node types, @connection on the
 * connections, the graph views. It runs in a copy, so the repository gets no artifacts.
 */
const root = projectRoot();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plangraph-relay-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('relay-compiler', () => {
  it('compiles refetchable fragments, connections and neighbourhood views without a warning', () => {
    fs.cpSync(path.join(root, 'client', 'relay', 'src'), path.join(work, 'src'), { recursive: true, filter: (f) => !f.includes('__generated__') });
    fs.mkdirSync(path.join(work, 'src', '__generated__'));
    const config = JSON.parse(fs.readFileSync(path.join(root, 'client', 'relay', 'relay.config.json'), 'utf8')) as Record<string, unknown>;
    config.schema = path.join(root, 'schema', 'schema.graphql');
    fs.writeFileSync(path.join(work, 'relay.config.json'), JSON.stringify(config));
    const run = spawnSync(path.join(root, 'node_modules', '.bin', 'relay-compiler'), { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(output).not.toMatch(/WARN|ERROR/);
    const artifacts = fs.readdirSync(path.join(work, 'src', '__generated__'));
    expect(artifacts).toEqual(expect.arrayContaining([
      'ObjectiveRefetchQuery.graphql.ts', 'OrganisationRefetchQuery.graphql.ts', 'graphViewsNeighbourhoodQuery.graphql.ts',
      'graphViewsHubPaginationQuery.graphql.ts', 'graphViewsChangesPaginationQuery.graphql.ts', 'graphViewsTimelinePaginationQuery.graphql.ts',
    ]));
    // A refetchable fragment on a Node type refetches through node(id:).
    expect(fs.readFileSync(path.join(work, 'src', '__generated__', 'ObjectiveRefetchQuery.graphql.ts'), 'utf8')).toContain('"node"');
  });
});
