import * as client from 'openid-client';

/** The identity provider this installation trusts, and where it sends people back. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** `${PUBLIC_URL}/api/v1/auth/oidc/callback`, registered with the provider. */
  redirectUri: string;
}

export interface OidcClient {
  settings: OidcSettings;
  /** The provider's metadata and keys, discovered on first use and kept. */
  configuration(): Promise<client.Configuration>;
}

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/**
 * A client of the configured provider. Discovery happens on first use, not at start, so a
 * provider that is down does not stop the product (password sign-in keeps working); a failed
 * discovery is tried again on the next sign-in.
 */
export function makeOidcClient(settings: OidcSettings): OidcClient {
  let configuration: Promise<client.Configuration> | undefined;
  const issuer = new URL(settings.issuer);
  return {
    settings,
    configuration() {
      configuration ??= client
        .discovery(issuer, settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), {
          // Plain http is accepted only from a provider on this machine (config refuses others).
          execute: issuer.protocol === 'http:' && isLoopback(issuer) ? [client.allowInsecureRequests] : [],
          timeout: 10,
        })
        .catch((error: unknown) => {
          configuration = undefined;
          throw error;
        });
      return configuration;
    },
  };
}
