/**
 * An exact rational number on BigInt. Weights such as 100/6 and blends such as 0.75 are held
 * exactly, so a boundary like 4.505 can never drift to 4.50 through binary floats.
 */
export class Fraction {
  static readonly ZERO = new Fraction(0n, 1n);
  static readonly ONE = new Fraction(1n, 1n);

  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static of(num: bigint | number, den: bigint | number = 1n): Fraction {
    let n = toBigInt(num);
    let d = toBigInt(den);
    if (d === 0n) throw new RangeError('Fraction with a zero denominator');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    return g > 1n ? new Fraction(n / g, d / g) : new Fraction(n, d);
  }

  /** Parses "17", "-16.5", "1e-3", "100/6" or "0.75/3" exactly. */
  static parse(text: string): Fraction {
    const trimmed = text.trim();
    const slash = trimmed.indexOf('/');
    if (slash >= 0) {
      return Fraction.parse(trimmed.slice(0, slash)).div(Fraction.parse(trimmed.slice(slash + 1)));
    }
    const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(trimmed);
    if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
      throw new RangeError(`Not an exact decimal or fraction: "${text}"`);
    }
    const [, sign, whole, fractional = '', exponentText] = match;
    const digits = BigInt(`${whole}${fractional}` || '0');
    const exponent = Number(exponentText ?? '0') - fractional.length;
    const signed = sign === '-' ? -digits : digits;
    return exponent >= 0 ? Fraction.of(signed * 10n ** BigInt(exponent)) : Fraction.of(signed, 10n ** BigInt(-exponent));
  }

  /**
   * The decimal a person typed: JavaScript prints the shortest decimal that round-trips, so
   * 4.505 becomes exactly 4505/1000 rather than the binary 4.50499999….
   */
  static fromNumber(value: number): Fraction {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    if (Number.isInteger(value) && Number.isSafeInteger(value)) return new Fraction(BigInt(value), 1n);
    return Fraction.parse(String(value));
  }

  static from(value: Fraction | number | string): Fraction {
    if (value instanceof Fraction) return value;
    return typeof value === 'number' ? Fraction.fromNumber(value) : Fraction.parse(value);
  }

  add(other: Fraction): Fraction {
    if (this.den === other.den) return Fraction.of(this.num + other.num, this.den);
    return Fraction.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Fraction): Fraction {
    return this.add(other.neg());
  }

  mul(other: Fraction): Fraction {
    return Fraction.of(this.num * other.num, this.den * other.den);
  }

  div(other: Fraction): Fraction {
    if (other.num === 0n) throw new RangeError('Division by zero');
    return Fraction.of(this.num * other.den, this.den * other.num);
  }

  neg(): Fraction {
    return new Fraction(-this.num, this.den);
  }

  cmp(other: Fraction): -1 | 0 | 1 {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  equals(other: Fraction): boolean {
    return this.num === other.num && this.den === other.den;
  }

  /** Smallest integer ≥ this. */
  ceil(): bigint {
    const q = this.num / this.den;
    return this.num > 0n && q * this.den !== this.num ? q + 1n : q;
  }

  /** Largest integer ≤ this. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }

  /** "num/den", or just "num" for integers: exact and machine-readable. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
}

function toBigInt(value: bigint | number): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${value}`);
  return BigInt(value);
}

export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}
