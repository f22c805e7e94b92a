/*
 * The few special functions the distributions need, in double precision: the normal quantile
 * (Wichura's AS 241, relative error about 1e-16), the normal distribution function (through
 * erfc, W. J. Cody's rational approximations), log Γ (Lanczos) and the regularised incomplete
 * beta function with its inverse, for PERT.
 */

/** Φ⁻¹(p) for 0 < p < 1 (Wichura 1988, algorithm AS 241, PPND16). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    return Number.NaN;
  }
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r +
          45921.95393154987) *
          r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((r * 5226.495278852854 + 28729.085735721943) * r + 39307.89580009271) * r +
        21213.794301586597) *
        r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r +
        1.2704582524523684) *
        r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r +
        0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r -= 5;
    value =
      (((((((r * 2.0103343992922881e-7 + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return q < 0 ? -value : value;
}

/** Φ(x), the standard normal distribution function: erfc(−x/√2)/2. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Complementary error function (Cody 1969), relative error below 1e-15. */
function erfc(x: number): number {
  const ax = Math.abs(x);
  let result: number;
  if (ax < 0.5) {
    const t = x * x;
    const top =
      (((0.18577770618460315 * t + 3.1611237438705655) * t + 113.86415415105016) * t +
        377.485237685302) *
        t +
      3209.3775891384694;
    const bottom =
      (((t + 23.601290952344122) * t + 244.02463793444417) * t + 1282.6165260773723) * t +
      2844.236833439171;
    return 1 - (x * top) / bottom;
  } else if (ax < 4) {
    const top =
      (((((((2.1531153547440383e-8 * ax + 0.5641884969886701) * ax + 8.883149794388377) * ax +
        66.11919063714163) *
        ax +
        298.6351381974001) *
        ax +
        881.952221241769) *
        ax +
        1712.0476126340707) *
        ax +
        2051.0783778260716) *
        ax +
      1230.3393547979972;
    const bottom =
      (((((((ax + 15.744926110709835) * ax + 117.6939508913125) * ax + 537.1811018620099) * ax +
        1621.3895745666903) *
        ax +
        3290.7992357334597) *
        ax +
        4362.619090143247) *
        ax +
        3439.3676741437216) *
        ax +
      1230.3393548037495;
    result = (Math.exp(-ax * ax) * top) / bottom;
  } else {
    const z = 1 / (ax * ax);
    const top =
      ((((0.016315387137302097 * z + 0.30532663496123236) * z + 0.36034489994980445) * z +
        0.12578172611122926) *
        z +
        0.016083785148742275) *
        z +
      0.0006587491615298378;
    const bottom =
      ((((z + 2.568520192289822) * z + 1.8729528499234673) * z + 0.5279051029514285) * z +
        0.06051834131244132) *
        z +
      0.0023352049762686918;
    result = (Math.exp(-ax * ax) / ax) * (0.5641895835477563 - (z * top) / bottom);
  }
  return x < 0 ? 2 - result : result;
}

const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
  12.507343278686905, -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7), relative error about 1e-15. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < 9; i += 1) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** A beta distribution's shape, with its normalising constant computed once. */
export interface BetaShape {
  readonly a: number;
  readonly b: number;
  /** ln B(a, b). */
  readonly logBeta: number;
}

export function betaShape(a: number, b: number): BetaShape {
  return { a, b, logBeta: logGamma(a) + logGamma(b) - logGamma(a + b) };
}

/** Density of Beta(a, b) at x in (0, 1). */
export function betaDensity(shape: BetaShape, x: number): number {
  return Math.exp((shape.a - 1) * Math.log(x) + (shape.b - 1) * Math.log1p(-x) - shape.logBeta);
}

/** I_x(a, b), the regularised incomplete beta function (continued fraction, modified Lentz). */
export function incompleteBeta(shape: BetaShape, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const { a, b } = shape;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - shape.logBeta);
  // The fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) beyond.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(a, b, x)) / a;
  return 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m += 1) {
    const m2 = 2 * m;
    let step = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + step * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + step / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    step = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + step * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + step / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/**
 * Quantiles of one beta distribution. Its distribution function, tabulated once at 513 evenly
 * spaced points, gives each call a bracket and a starting point by interpolation; Halley's method
 * (the logarithmic derivative of the density is known in closed form) then reaches full double
 * precision in two or three evaluations of I_x, bisection keeping it inside the bracket.
 */
export class BetaQuantiles {
  private readonly cdf: Float64Array;

  constructor(private readonly shape: BetaShape) {
    const size = 512;
    this.cdf = new Float64Array(size + 1);
    for (let k = 1; k < size; k += 1) this.cdf[k] = incompleteBeta(shape, k / size);
    this.cdf[size] = 1;
  }

  quantile(p: number): number {
    if (!(p > 0)) return 0;
    if (!(p < 1)) return 1;
    const { shape, cdf } = this;
    const size = cdf.length - 1;
    let lowIndex = 0;
    let highIndex = size;
    while (highIndex - lowIndex > 1) {
      const middle = (lowIndex + highIndex) >> 1;
      if ((cdf[middle] as number) <= p) lowIndex = middle;
      else highIndex = middle;
    }
    let low = lowIndex / size;
    let high = highIndex / size;
    const below = cdf[lowIndex] as number;
    const above = cdf[highIndex] as number;
    let x = above > below ? low + ((p - below) / (above - below)) * (high - low) : (low + high) / 2;
    if (!(x > low && x < high)) x = (low + high) / 2;
    for (let iteration = 0; iteration < 60; iteration += 1) {
      const error = incompleteBeta(shape, x) - p;
      if (error === 0) return x;
      if (error < 0) low = x;
      else high = x;
      const newton = error / betaDensity(shape, x);
      const curvature = (shape.a - 1) / x - (shape.b - 1) / (1 - x);
      let next = x - newton / (1 - Math.min(0.5, Math.max(-0.5, (newton * curvature) / 2)));
      if (!(next > low && next < high)) next = (low + high) / 2;
      if (Math.abs(next - x) <= 2e-16 * x || high - low <= 2e-16 * high) return next;
      x = next;
    }
    return x;
  }
}
