import { createPublicKey, verify } from "node:crypto";

/**
 * Discord signs every HTTP interaction with the application's Ed25519 key over timestamp + raw body.
 * Returns a checker for one public key (64 hex characters, from the Developer Portal).
 */
export function signatureChecker(
  publicKeyHex: string,
): (timestamp: string, body: Buffer, signature: string) => boolean {
  const key = createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(publicKeyHex, "hex").toString("base64url") },
    format: "jwk",
  });
  return (timestamp, body, signature) => {
    if (!/^[0-9a-f]{128}$/i.test(signature) || timestamp === "") return false;
    return verify(
      null,
      Buffer.concat([Buffer.from(timestamp, "utf8"), body]),
      key,
      Buffer.from(signature, "hex"),
    );
  };
}
