import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** One statement in the source that writes a table: file relative to apps/api/src, the table, the line. */
export interface TableWrite {
  file: string;
  table: string;
  line: number;
}

const SQL_WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?|MERGE\s+INTO)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/gi;
const ORM_WRITES = new Set(['save', 'insert', 'update', 'delete', 'upsert', 'remove', 'softDelete', 'restore', 'increment', 'decrement', 'insertRow', 'updateRows']);

/** Product source files: no specs, migrations or test helpers. */
export function productFiles(srcRoot: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(srcRoot, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (rel !== 'migrations' && rel !== 'testing') walk(path);
      } else if (entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec|fault-spec)\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push(path);
      }
    }
  };
  walk(srcRoot);
  return files.sort();
}

/** The text of a string or template literal, with `${…}` parts as a placeholder. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => ` \${} ${s.literal.text}`).join('');
  return null;
}

const entityName = (node: ts.Node | undefined): string | null => (node && ts.isIdentifier(node) && /Entity$/.test(node.text) ? node.text : null);

/** `x.create(SomeEntity, …)` or `new SomeEntity()`: the entity a value is made of. */
function createdEntity(node: ts.Node | undefined, bound: ReadonlyMap<string, string>): string | null {
  if (!node) return null;
  if (ts.isIdentifier(node)) return bound.get(node.text) ?? null;
  if (ts.isNewExpression(node)) return entityName(node.expression);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'create') return entityName(node.arguments[0]);
  if (ts.isArrayLiteralExpression(node)) return createdEntity(node.elements[0], bound);
  return null;
}

/**
 * Every write in one file: SQL strings that INSERT/UPDATE/DELETE a known table, and TypeORM writes
 * through an entity (`m.save(m.create(X, …))`, `getRepository(X).insert(…)`, `insertRow(m, X, …)`,
 * a query builder's `.into(X)`). `entityTables` maps entity class names to their tables.
 */
export function writesIn(path: string, srcRoot: string, tables: ReadonlySet<string>, entityTables: ReadonlyMap<string, string>): TableWrite[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const file = relative(srcRoot, path).split(sep).join('/');
  const found: TableWrite[] = [];
  const add = (table: string | null | undefined, node: ts.Node): void => {
    if (!table) return;
    found.push({ file, table, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  // Variables bound to a repository or to a created entity: `const repo = m.getRepository(X)`, `const row = m.create(X, …)`.
  const repositories = new Map<string, string>();
  const created = new Map<string, string>();
  const bind = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (ts.isCallExpression(init) && ts.isPropertyAccessExpression(init.expression) && init.expression.name.text === 'getRepository') {
        const entity = entityName(init.arguments[0]);
        if (entity) repositories.set(node.name.text, entity);
      }
      const made = createdEntity(init, created);
      if (made) created.set(node.name.text, made);
    }
    ts.forEachChild(node, bind);
  };
  bind(source);
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null) {
      for (const match of text.matchAll(SQL_WRITE)) if (tables.has(match[1].toLowerCase())) add(match[1].toLowerCase(), node);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : null;
      if (method && ORM_WRITES.has(method)) {
        const receiver = ts.isPropertyAccessExpression(callee) ? callee.expression : null;
        const viaRepository =
          receiver && ts.isIdentifier(receiver)
            ? repositories.get(receiver.text)
            : receiver && ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression) && receiver.expression.name.text === 'getRepository'
              ? entityName(receiver.arguments[0])
              : null;
        const entity = viaRepository ?? node.arguments.map((a) => entityName(a) ?? createdEntity(a, created)).find((e) => e !== null) ?? null;
        if (entity) add(entityTables.get(entity) ?? `<unknown entity ${entity}>`, node);
      }
      if (method === 'into' || (method === 'from' && ts.isPropertyAccessExpression(callee) && /\.delete\(\)\s*$/.test(callee.expression.getText()))) {
        const entity = entityName(node.arguments[0]);
        if (entity) add(entityTables.get(entity) ?? `<unknown entity ${entity}>`, node);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
