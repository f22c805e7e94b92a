export {
  buildFormulaWorkbook,
  formulaWorkbookXlsx,
  type FormulaWorkbookParts,
  type FormulaWorkbookRequest,
} from './workbook';
export { label as workbookLabel, type WorkbookLanguage } from './labels';
export { formulaWorkbookOfDocument } from './from-document';
export { scenarioOfDocument } from './scenario-of-document';
