/**
 * Reads Part 2 of julu-2020-performance-goals.txt (the text export of the bureau's document) for
 * tests: every table cell is a line starting with a tab, and a line without one ends a table row.
 * Cells are trimmed of the export's surrounding blanks; nothing else is normalised.
 */
export interface DocumentGoalRow {
  level1: string;
  level2: string;
  name: string;
  description: string;
  target: string;
  basis: string;
}

export interface DocumentProject {
  title: string;
  unit: string;
  code: string;
  name: string;
  budget: string;
  fiscal: string;
  other: string;
  purpose: string;
  plan: { checkpoints: string[]; percents: string[] };
  goal: string;
  rows: DocumentGoalRow[];
}

function tableRows(lines: string[]): string[][] {
  const rows: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.startsWith('\t')) {
      current.push(line.slice(1).trim());
    } else {
      if (current.length > 0) rows.push(current);
      current = [];
    }
  }
  if (current.length > 0) rows.push(current);
  return rows;
}

export function readPerformanceGoalsDocument(text: string): DocumentProject[] {
  const sections = text.split(/\r?\n(?=\[bookmark: _Toc_4_4_\d+\]\d\.)/).slice(1);
  return sections.map((section) => {
    const [heading, ...lines] = section.split(/\r?\n/);
    const rows = tableRows(lines);
    const find = (first: string): string[] => {
      const row = rows.find((r) => r[0] === first);
      if (!row) throw new Error(`${heading}: no row starting ${first}`);
      return row;
    };
    const after = (first: string): string[] => rows[rows.indexOf(find(first)) + 1];
    const header = rows.findIndex((r) => r[0] === '一级指标');
    let level1 = '';
    const goalRows = rows.slice(header + 1).map((cells): DocumentGoalRow => {
      if (cells.length !== 6) throw new Error(`${heading}: indicator row of ${cells.length} cells: ${cells.join('|')}`);
      level1 = cells[0] || level1;
      return { level1, level2: cells[1], name: cells[2], description: cells[3], target: cells[4], basis: cells[5] };
    });
    const [, code, , name] = find('项目编码');
    const budgetRow = find('预算规模及资金用途');
    return {
      title: heading.replace(/^\[bookmark: [^\]]+\]\d\./, ''),
      unit: rows[0][0],
      code,
      name,
      budget: budgetRow[2],
      fiscal: budgetRow[4],
      other: budgetRow[6] ?? '',
      purpose: after('预算规模及资金用途')[1],
      plan: { checkpoints: find('资金支出计划（%）').slice(1), percents: after('资金支出计划（%）').slice(1) },
      goal: find('绩效目标')[1],
      rows: goalRows,
    };
  });
}
