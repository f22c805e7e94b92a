/*
 * The English words a Chinese report must not hold. Latin letters a Chinese finance professional
 * writes too are not English: the app's name, the currency code, formula symbols (r, t, FNPV(C)
 * and (K), the EU guide's R = (DIC − DNR) / DIC), a case's letter (参考案例 A), the technical
 * abbreviations of the examples (SMT, MES, AOI …), a file's name, and what a file says quoted
 * (an unknown field “lifeYears”), and the percentiles of a distribution (P5 … P95), as Chinese
 * statistics writes them.
 */
const PROPER = new Set(
  'Yardstick CNY DIC DNR AI SMT MES ERP PLM GPU AOI AGV WMS CAD CO2 PCB OEE PERT'.split(' '),
);

export function englishWords(text: string): string[] {
  const quoted = new Set([...text.matchAll(/“([^”]*)”/g)].flatMap((match) => match[1] ?? []));
  const withoutFiles = text.replace(/[\w./-]+\.json\b/g, ' ');
  const words = new Set(withoutFiles.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []);
  return [...words].filter(
    (word) =>
      word.length > 1 &&
      !PROPER.has(word) &&
      !/^P\d{1,2}$/.test(word) &&
      ![...quoted].some((q) => q.includes(word)),
  );
}
