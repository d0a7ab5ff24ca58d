import { generateKeyPairSync, sign } from "node:crypto";
import { recordDiscord } from "../traffic.js";

/** The application's Ed25519 key pair, as Discord holds it: signs what it sends to the interactions URL. */
export class InteractionSigner {
  private readonly keys = generateKeyPairSync("ed25519");

  /** The public key as the Developer Portal shows it: 64 hexadecimal characters. */
  get publicKeyHex(): string {
    const jwk = this.keys.publicKey.export({ format: "jwk" });
    return Buffer.from(jwk.x as string, "base64url").toString("hex");
  }

  headers(body: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
    const signature = sign(null, Buffer.from(timestamp + body), this.keys.privateKey).toString("hex");
    return {
      "content-type": "application/json",
      "x-signature-ed25519": signature,
      "x-signature-timestamp": timestamp,
    };
  }

  /** POSTs a signed interaction, as Discord does; returns the status, the JSON answer and the time taken. */
  async send(url: string, payload: unknown): Promise<{ status: number; body: unknown; ms: number }> {
    const body = JSON.stringify(payload);
    const started = performance.now();
    const res = await fetch(url, { method: "POST", headers: this.headers(body), body });
    const text = await res.text();
    const answer = text ? JSON.parse(text) : null;
    recordDiscord("POST", "interaction answer", answer);
    return { status: res.status, body: answer, ms: performance.now() - started };
  }
}
