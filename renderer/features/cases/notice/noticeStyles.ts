/**
 * Print styles of the one-time notice. Songti is what official notices are set in; the sizes follow
 * the usual government document look (二号 title, 四号 body) and the page is A4 with binding margins.
 */
export const noticeStyles = `
@page { size: A4; margin: 25mm 22mm 22mm 25mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #fff; color: #000; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 14pt; line-height: 1.7; }
.sheet { max-width: 170mm; margin: 0 auto; padding: 8mm 0; }
.department { text-align: center; margin: 0; font-size: 14pt; letter-spacing: 1px; }
h1 { text-align: center; font-size: 22pt; letter-spacing: 6px; margin: 4mm 0 2mm; font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
.number { text-align: right; margin: 0 0 5mm; font-size: 12pt; }
.parties p, .where p { margin: 0; }
.intro { margin: 5mm 0 2mm; text-indent: 2em; }
ol.materials { margin: 0 0 4mm; padding-left: 2.2em; }
ol.materials li { margin: 0 0 2mm; page-break-inside: avoid; }
ol.materials .name { font-weight: bold; }
ol.materials .details { font-size: 12pt; }
.promise { text-indent: 2em; margin: 4mm 0; }
.where { margin: 4mm 0 10mm; }
.signatures { display: flex; justify-content: space-between; align-items: flex-end; gap: 10mm; page-break-inside: avoid; }
.signatures p { margin: 0; }
.issuer { text-align: center; }
.line { display: inline-block; width: 40mm; border-bottom: 1px solid #000; margin-left: 2mm; }
`;
