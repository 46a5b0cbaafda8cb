-- My sessions, and sign-in through OpenID Connect.

-- Sessions are found by the hash of their cookie; people list and revoke them by this id, which
-- gives nothing away about the cookie.
alter table session add column id uuid not null default gen_random_uuid();
create unique index session_id on session (id);
alter table session add column method text not null default 'password' check (method in ('password', 'oidc'));

-- A sign-in started at the identity provider and not finished yet. The browser holds a random
-- binding value in a short-lived cookie, the table only its hash: the callback is accepted only in
-- the browser that started the sign-in, and only once.
create table oidc_sign_in (
  binding_hash text primary key,
  state text not null,
  nonce text not null,
  code_verifier text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null
);
create index oidc_sign_in_expiry on oidc_sign_in (expires_at);
