import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(SERVER, '../..');

/** The folder a server file belongs to: its module (`modules/person`) or its top-level folder (`core`, `app`). */
function folderOf(file: string): string {
  const parts = path.relative(path.join(SERVER, 'src'), path.resolve(SERVER, file)).split(path.sep);
  if (parts[0] === 'modules') return parts.slice(0, 2).join('/');
  return parts.length === 1 ? '(src)' : parts[0]!;
}

/** Lints a source text as though it were the file at `filePath` (relative to the repository root), with the project's own configuration. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the layers (shared → core → modules → app)', () => {
  it('has no import cycle that spans two folders, counting type-only imports', async () => {
    const tree = await parseDependencyTree('src/**/*.ts', { context: SERVER, cwd: SERVER, tsconfig: path.join(SERVER, 'tsconfig.json') });
    const crossing = parseCircular(tree)
      .filter((cycle) => new Set(cycle.map(folderOf)).size > 1)
      .map((cycle) => cycle.join(' → '));
    expect(crossing).toEqual([]);
    // The check sees real imports: app/ reaches the core and the modules.
    const app = (tree['src/app/services.ts'] ?? []).map((d) => d.id);
    expect(app).toContain('src/core/context.ts');
    expect(app).toContain('src/modules/person/person.service.ts');
  });

  it('fails the lint when the core imports a module or the composition root', async () => {
    const fromCore = await boundaryErrors(
      'packages/server/src/core/layer-fixture.ts',
      [
        "import { PersonService } from '../modules/person/person.service.js';",
        "import { createServices } from '../app/services.js';",
        'export const used = [PersonService, createServices];',
        '',
      ].join('\n'),
    );
    expect(fromCore).toHaveLength(2);
    expect(fromCore[0]).toMatch(/core\/ imports no module/);
  });

  it('fails the lint when a module imports the composition root, and allows the core and other modules', async () => {
    const fromModule = await boundaryErrors(
      'packages/server/src/modules/person/layer-fixture.ts',
      [
        "import { createServices } from '../../app/services.js';",
        "import { rows } from '../../core/sql.js';",
        "import { AuditService } from '../audit/audit.service.js';",
        'export const used = [createServices, rows, AuditService];',
        '',
      ].join('\n'),
    );
    expect(fromModule).toHaveLength(1);
    expect(fromModule[0]).toMatch(/never app\//);
  });

  it('fails the lint when the client imports server source', async () => {
    const fromClient = await boundaryErrors(
      'packages/client/src/layer-fixture.ts',
      ["import { rows } from '../../server/src/core/sql.js';", 'export const used = [rows];', ''].join('\n'),
    );
    expect(fromClient).toHaveLength(1);
    expect(fromClient[0]).toMatch(/only through schema.graphql/);
  });

  it('passes the lint for the core importing only the core', async () => {
    expect(
      await boundaryErrors(
        'packages/server/src/core/layer-fixture.ts',
        ["import { rows } from './sql.js';", 'export const used = [rows];', ''].join('\n'),
      ),
    ).toEqual([]);
  });
});
