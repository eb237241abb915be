/**
 * exceljs, loaded on first use: it takes about half a second to load, which every start of
 * the platform (and every API test file) paid although only spreadsheet imports and the
 * award export use it.
 */
export async function loadExcel(): Promise<typeof import('exceljs')> {
  return (await import('exceljs')).default;
}
