export const FIRST_LOAD_GZIP_BUDGET: number;
export const FIRST_LOAD_FILE_BUDGET: number;
export const DEVELOPMENT_MARKERS: { dependency: string; text: string; where: string }[];
export const LAZY_LIBRARY_MARKERS: { library: string; text: string; where: string }[];
export interface BudgetFile {
  path: string;
  raw: number;
  gzip: number;
}
export interface BudgetResult {
  firstLoad: BudgetFile[];
  gzip: number;
  problems: string[];
}
export function staticImports(code: string): string[];
export function firstLoadFiles(distDir: string): string[];
export function checkBudgets(distDir: string): BudgetResult;
export function formatReport(result: BudgetResult): string;
