import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { createLocalJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig, Role } from '../config/config.js';
import { ANONYMOUS, type Identity } from '../graphql/context.js';

const ROLES: readonly Role[] = ['viewer', 'analyst', 'partner'];

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Who is calling, from the request headers: `X-API-Key: <key>` (keys from PLANGRAPH_API_KEYS) or
 * `Authorization: Bearer <JWT>` (HS256 with PLANGRAPH_JWT_SECRET, or keys of a JWKS file). No
 * header means anonymous; a header that does not check out is refused, never ignored.
 * JWT claims: `sub` (who), `role` (viewer | analyst | partner), `organisation` (for partners).
 */
export class Authenticator {
  private readonly keys: Map<string, Identity>;
  private readonly jwtKey: Uint8Array | JWTVerifyGetKey | undefined;

  constructor(private readonly config: AuthConfig) {
    this.keys = new Map(config.apiKeys.map((k) => [digest(k.key), { subject: k.subject, role: k.role, organisation: k.organisation ?? null }]));
    if (config.jwt?.secret) this.jwtKey = new TextEncoder().encode(config.jwt.secret);
    else if (config.jwt?.jwksFile) this.jwtKey = createLocalJWKSet(JSON.parse(fs.readFileSync(config.jwt.jwksFile, 'utf8')));
  }

  async identify(req: Pick<Request, 'get'>): Promise<Identity> {
    const apiKey = req.get('x-api-key')?.trim();
    const authorization = req.get('authorization')?.trim();
    if (apiKey) {
      // Keys are compared by digest: a lookup whose timing says nothing about the key.
      const identity = this.keys.get(digest(apiKey));
      if (!identity) throw unauthenticated('The API key is not valid.');
      return identity;
    }
    if (authorization) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      if (!token) throw unauthenticated('The Authorization header must be "Bearer <token>".');
      return this.verifyJwt(token);
    }
    return ANONYMOUS;
  }

  private async verifyJwt(token: string): Promise<Identity> {
    if (!this.jwtKey) throw unauthenticated('This service accepts no bearer tokens (no JWT secret or JWKS configured).');
    let payload;
    try {
      const key = this.jwtKey;
      const options = { issuer: this.config.jwt?.issuer, audience: this.config.jwt?.audience, requiredClaims: ['exp'] };
      // A shared secret means HS256 only: no token may pick another algorithm for it.
      ({ payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key, { ...options, algorithms: ['HS256'] }));
    } catch (err) {
      throw unauthenticated(`The bearer token is not valid: ${reason(err)}`);
    }
    // A token that never expires is a key that can never be taken back: refuse it, and bound how long one may live.
    const maxAge = this.config.jwt?.maxAgeSeconds ?? 86_400;
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload.exp !== 'number') throw unauthenticated('The bearer token has no expiry (exp); this service accepts only tokens that expire.');
    if (payload.exp - now > maxAge || (typeof payload.iat === 'number' && payload.exp - payload.iat > maxAge)) {
      throw unauthenticated(`The bearer token lives longer than this service allows (at most ${maxAge} seconds); ask for a shorter-lived token.`);
    }
    const role = payload.role;
    if (typeof payload.sub !== 'string' || !payload.sub) throw unauthenticated('The bearer token has no subject (sub).');
    if (!ROLES.includes(role as Role)) throw unauthenticated(`The bearer token's role must be one of ${ROLES.join(', ')}.`);
    const organisation = typeof payload.organisation === 'string' ? payload.organisation : null;
    if (role === 'partner' && !organisation) throw unauthenticated('A partner token must name its organisation (claim "organisation").');
    return { subject: payload.sub, role: role as Role, organisation };
  }
}

/** Why a token failed, in words that name no key material (jose's own messages, bounded). */
function reason(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ERR_JWT_EXPIRED') return 'it has expired';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
    const { claim, reason: why } = err as { claim?: string; reason?: string };
    if (claim === 'exp' && why === 'missing') return 'it has no expiry (exp); this service accepts only tokens that expire';
    return String((err as Error).message).slice(0, 200);
  }
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return 'the signature does not match';
  if (code === 'ERR_JOSE_ALG_NOT_ALLOWED') return 'its algorithm is not accepted';
  return 'it can not be read or verified';
}

function digest(key: string): string {
  return crypto.createHash('sha256').update(key).digest('hex');
}
