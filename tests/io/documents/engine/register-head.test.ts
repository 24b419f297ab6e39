import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../../src/io/documents/engine/document-model';
import { withRegisterHead } from '../../../../src/io/documents/engine/register-head';
import { PRINTED_AT, PRINTED_MARK } from '../register-head-fixture';

const doc: DocumentModel = { title: '合同', headerText: '合同编号：1', footerText: '数据指纹：abc123', watermark: null, blocks: [] };

describe('the audit chain head on printed pages', () => {
  it('follows the data fingerprint in the footer, as record id and the first eight hex digits of the hash', () => {
    expect(withRegisterHead(doc, PRINTED_AT).footerText).toBe(`数据指纹：abc123\u3000${PRINTED_MARK}`);
  });

  it('leaves the footer as it is when nothing is recorded', () => {
    expect(withRegisterHead(doc, null)).toBe(doc);
  });
});
