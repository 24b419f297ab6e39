/**
 * Fonts by family name, never embedded in the .docx: 宋体 for the body and 黑体 for titles as on every
 * Chinese government form. The Linux fallbacks come first as TrueType (AR PL UMing, WenQuanYi Zen Hei)
 * because Chromium writes the CFF-outlined Noto CJK fonts as Type 3 into a PDF; Noto stays as the last
 * resort so text never drops to tofu. Titles use a heavy face at normal weight: no synthetic bold.
 */
export const BODY_FONT = '宋体';
export const TITLE_FONT = '黑体';
export const BODY_FONT_STACK = `"SimSun", "宋体", "AR PL UMing CN", "Noto Serif CJK SC", serif`;
export const TITLE_FONT_STACK = `"SimHei", "黑体", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif`;
