/** The administrator the e2e server creates at its first start (ADMIN_EMAIL, ADMIN_PASSWORD). */
export const administrator = {
  email: 'admin@example.lv',
  password: 'Zaļā-upe-tek-lēni-2026',
  /** The name the server gives the first administrator. */
  name: 'Administrators',
};
