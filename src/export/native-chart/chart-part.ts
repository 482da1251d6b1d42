import { escXml, NS, XML_DECLARATION } from './xml.js';

/*
 * One DrawingML chart part (xl/charts/chartN.xml): a horizontal bar chart whose categories and
 * values are formulas over the insight table on the sheet, so the chart stays live and editable in
 * Excel. The caches hold the same values, because viewers (LibreOffice, Quick Look, Google Sheets'
 * import, Excel's protected view) draw from the cache without recalculating.
 *
 * Shape of the chart, for reading: the first (largest) value at the top (category axis reversed),
 * every category labelled (tickLblSkip 1), counts written at the bar ends, no value axis or legend
 * (the counts say it), one colour. Element order follows the CT_* sequences of the chart schema
 * (ECMA-376 Part 1, dml-chart.xsd); Excel rejects a part whose elements are out of order.
 */

export interface BarChartPart {
  title: string;
  /** The series name: the table's header cell ("Count") and its text. */
  seriesName: { ref: string; text: string };
  categories: { ref: string; values: string[] };
  values: { ref: string; values: number[] };
}

const BAR_RGB = '3B6FD8';
const CAT_AXIS_ID = 50010;
const VAL_AXIS_ID = 50020;

function strCache(values: string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numCache(values: number[]): string {
  const pts = values.map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** Text properties: size in hundredths of a point. */
function txPr(size: number, bold = false): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

function title(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

function series(p: BarChartPart): string {
  return [
    '<c:ser><c:idx val="0"/><c:order val="0"/>',
    `<c:tx><c:strRef><c:f>${escXml(p.seriesName.ref)}</c:f>${strCache([p.seriesName.text])}</c:strRef></c:tx>`,
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_RGB}"/></a:solidFill></c:spPr>`,
    '<c:invertIfNegative val="0"/>',
    `<c:dLbls>${txPr(900)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`,
    `<c:cat><c:strRef><c:f>${escXml(p.categories.ref)}</c:f>${strCache(p.categories.values)}</c:strRef></c:cat>`,
    `<c:val><c:numRef><c:f>${escXml(p.values.ref)}</c:f>${numCache(p.values.values)}</c:numRef></c:val>`,
    '</c:ser>',
  ].join('');
}

const CATEGORY_AXIS = [
  `<c:catAx><c:axId val="${CAT_AXIS_ID}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>`,
  '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
  `${txPr(900)}<c:crossAx val="${VAL_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
].join('');

const VALUE_AXIS = [
  `<c:valAx><c:axId val="${VAL_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="1"/><c:axPos val="b"/>`,
  '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
  `<c:crossAx val="${CAT_AXIS_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`,
].join('');

/** The chart part's XML. */
export function barChartPartXml(p: BarChartPart): string {
  return [
    XML_DECLARATION,
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">`,
    '<c:roundedCorners val="0"/>',
    '<c:chart>',
    title(p.title),
    '<c:autoTitleDeleted val="0"/>',
    '<c:plotArea><c:layout/>',
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>',
    series(p),
    '<c:gapWidth val="50"/>',
    `<c:axId val="${CAT_AXIS_ID}"/><c:axId val="${VAL_AXIS_ID}"/>`,
    '</c:barChart>',
    CATEGORY_AXIS,
    VALUE_AXIS,
    '</c:plotArea>',
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>',
    '</c:chart>',
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>',
    txPr(900),
    '</c:chartSpace>',
  ].join('');
}
