import zhCore from './zh-CN.json';
import enCore from './en.json';
import zhImport from './areas/import.zh-CN.json';
import enImport from './areas/import.en.json';
import zhEdit from './areas/edit.zh-CN.json';
import enEdit from './areas/edit.en.json';
import zhChecks from './areas/checks.zh-CN.json';
import enChecks from './areas/checks.en.json';
import zhBasemap from './areas/basemap.zh-CN.json';
import zhContract from './areas/contract.zh-CN.json';
import enContract from './areas/contract.en.json';
import zhRules from './areas/rules.zh-CN.json';
import zhLinkageRules from './areas/linkage-rules.zh-CN.json';
import enLinkageRules from './areas/linkage-rules.en.json';
import enRules from './areas/rules.en.json';
import enBasemap from './areas/basemap.en.json';
import zhLinkage from './areas/linkage.zh-CN.json';
import enLinkage from './areas/linkage.en.json';
import zhLinkageBooks from './areas/linkage-books.zh-CN.json';
import enLinkageBooks from './areas/linkage-books.en.json';
import zhCases from './areas/cases.zh-CN.json';
import enCases from './areas/cases.en.json';
import zhCorrections from './areas/corrections.zh-CN.json';
import enCorrections from './areas/corrections.en.json';
import zhIntegrity from './areas/integrity.zh-CN.json';
import enIntegrity from './areas/integrity.en.json';
import zhTransfers from './areas/transfers.zh-CN.json';
import zhErrors from './areas/errors.zh-CN.json';
import enErrors from './areas/errors.en.json';
import enTransfers from './areas/transfers.en.json';

/**
 * The UI catalogues, one file per area of the app so the areas can grow apart; merged here. The
 * Chinese catalogue is the reference: every key the code may use comes from it.
 */
export const zhCN = { ...zhCore, ...zhImport, ...zhEdit, ...zhChecks, ...zhBasemap, ...zhContract, ...zhRules, ...zhLinkageRules, ...zhLinkage, ...zhLinkageBooks, ...zhCases, ...zhCorrections, ...zhIntegrity, ...zhTransfers, ...zhErrors };
export const en = { ...enCore, ...enImport, ...enEdit, ...enChecks, ...enBasemap, ...enContract, ...enRules, ...enLinkageRules, ...enLinkage, ...enLinkageBooks, ...enCases, ...enCorrections, ...enIntegrity, ...enTransfers, ...enErrors };
