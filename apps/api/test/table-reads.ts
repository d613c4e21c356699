import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import ts from 'typescript';

/** A file that reads a table with hand-written SQL: file relative to apps/api/src, the table, its first line. */
export interface TableRead {
  file: string;
  table: string;
  line: number;
}

// A table named after FROM or JOIN, but not the target of a DELETE (that is a write: table-writes.ts).
const SQL_READ = /\b(DELETE\s+)?(?:FROM|JOIN)\s+(?:ONLY\s+|LATERAL\s+)?"?([a-z_][a-z0-9_]*)"?/gi;

/** The text of a string or template literal, with `${…}` parts as a placeholder. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => ` \${} ${s.literal.text}`).join('');
  return null;
}

/** Every known table one file reads in SQL (string and template literals), once per table. */
export function readsIn(path: string, srcRoot: string, tables: ReadonlySet<string>): TableRead[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
  const file = relative(srcRoot, path).split(sep).join('/');
  const found = new Map<string, TableRead>();
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null) {
      for (const match of text.matchAll(SQL_READ)) {
        const table = match[2].toLowerCase();
        if (match[1] || !tables.has(table) || found.has(table)) continue;
        found.set(table, { file, table, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found.values()];
}
