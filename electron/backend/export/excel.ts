// exceljs is a large module (about 0.1–0.2 s to load): it is loaded at the first workbook a call
// writes or reads, not when the app starts (see tests/unit/lazyModules.test.ts).
type ExcelModule = typeof import('exceljs');

let loading: Promise<ExcelModule> | null = null;

export function excel(): Promise<ExcelModule> {
  // A CommonJS module imported dynamically comes as { default: module.exports } (Node, Vite's build).
  loading ??= import('exceljs').then((m) => ((m as { default?: ExcelModule }).default ?? m) as ExcelModule);
  return loading;
}
