/** Exports of views: CSV and JSON for tables, SVG and PNG for pictures, GraphML for graphs. */
export function download(filename: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type Row = Record<string, string | number | boolean | null | undefined>;

function csvCell(value: Row[string]): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function downloadCsv(name: string, rows: readonly Row[], columns?: readonly string[]): void {
  // A byte order mark, so that spreadsheet programs read the accents right.
  download(`${name}.csv`, `\uFEFF${toCsv(rows, columns)}`, 'text/csv;charset=utf-8');
}

export function downloadJson(name: string, data: unknown): void {
  download(`${name}.json`, JSON.stringify(data, null, 2), 'application/json');
}

export function svgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export function downloadSvg(name: string, svg: SVGSVGElement): void {
  download(`${name}.svg`, svgText(svg), 'image/svg+xml');
}

/** Draws an SVG on a canvas (twice the size, white background) and saves it as PNG. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.viewBox.baseVal : svg.getBoundingClientRect();
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the picture could not be drawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadPng(name: string, svg: SVGSVGElement): Promise<void> {
  download(`${name}.png`, await svgToPng(svg));
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface GraphExport {
  nodes: { id: string; label: string; kind: string; organisation: string | null }[];
  edges: { id: string; source: string; target: string; relationship: string; basis: string; weight: number }[];
}

export function toGraphMl(graph: GraphExport): string {
  const keys = [
    '<key id="label" for="node" attr.name="label" attr.type="string"/>',
    '<key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '<key id="organisation" for="node" attr.name="organisation" attr.type="string"/>',
    '<key id="relationship" for="edge" attr.name="relationship" attr.type="string"/>',
    '<key id="basis" for="edge" attr.name="basis" attr.type="string"/>',
    '<key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
  ];
  const nodes = graph.nodes.map((n) => `    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="kind">${n.kind}</data><data key="organisation">${xml(n.organisation ?? '')}</data></node>`);
  const edges = graph.edges.map((e) => `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="relationship">${e.relationship}</data><data key="basis">${e.basis}</data><data key="weight">${e.weight}</data></edge>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n  ${keys.join('\n  ')}\n  <graph id="plangraph" edgedefault="directed">\n${[...nodes, ...edges].join('\n')}\n  </graph>\n</graphml>\n`;
}
