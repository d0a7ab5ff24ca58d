// Whether 32 bytes are an Ed25519 public key: the encoding of a point on the curve (RFC 8032,
// 5.1.3). Node's key import takes any 32 bytes, so a key copied wrongly would only show itself by
// rejecting every signed request; checking the point at start-up names the setting instead.

const P = 2n ** 255n - 19n;
const D = mod(-121665n * inverse(121666n));
const SQRT_M1 = power(2n, (P - 1n) / 4n);

function mod(a: bigint): bigint {
  const r = a % P;
  return r >= 0n ? r : r + P;
}

function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = mod(result * b);
    b = mod(b * b);
    e >>= 1n;
  }
  return result;
}

function inverse(a: bigint): bigint {
  return power(a, P - 2n);
}

/** True when `hex` (64 hexadecimal characters) decodes to a point of the Ed25519 curve. */
export function isEd25519PublicKey(hex: string): boolean {
  if (!/^[0-9a-f]{64}$/i.test(hex)) return false;
  const bytes = Buffer.from(hex, "hex");
  const sign = (bytes[31] ?? 0) >> 7;
  bytes[31] = (bytes[31] ?? 0) & 0x7f;
  const y = BigInt(`0x${Buffer.from(bytes).reverse().toString("hex")}`);
  if (y >= P) return false;
  const u = mod(y * y - 1n);
  const v = mod(D * y * y + 1n);
  let x = mod(u * power(v, 3n) * power(u * power(v, 7n), (P - 5n) / 8n));
  const vxx = mod(v * x * x);
  if (vxx !== u) {
    if (vxx !== mod(-u)) return false;
    x = mod(x * SQRT_M1);
  }
  return !(x === 0n && sign === 1);
}
