import type { MailMessage } from '../../platform/mail/mail.ts';

// People get these before they have chosen a language: Latvian first, then English.

export const invitationMessage = (person: { name: string; email: string }, link: string): MailMessage => ({
  to: person.email,
  subject: 'Uzaicinājums sistēmā „Saimnieks” / Invitation to Saimnieks',
  link,
  text: `Labdien, ${person.name}!

Jums ir izveidots konts publisko pakalpojumu pārvaldības sistēmā „Saimnieks”. Lai iestatītu paroli, 7 dienu laikā atveriet šo saiti:
${link}

Ja šo vēstuli negaidījāt, varat to neņemt vērā.

---

Hello ${person.name},

An account has been created for you in Saimnieks, the public service management system. To set your password, open this link within 7 days:
${link}

If you did not expect this message, you can ignore it.
`,
});

export const passwordResetMessage = (person: { name: string; email: string }, link: string): MailMessage => ({
  to: person.email,
  subject: 'Paroles atjaunošana sistēmā „Saimnieks” / Password reset for Saimnieks',
  link,
  text: `Labdien, ${person.name}!

Saņēmām pieprasījumu atjaunot Jūsu paroli sistēmā „Saimnieks”. Lai iestatītu jaunu paroli, stundas laikā atveriet šo saiti:
${link}

Ja paroles atjaunošanu nepieprasījāt, varat šo vēstuli neņemt vērā: līdzšinējā parole paliek spēkā.

---

Hello ${person.name},

We received a request to reset your password for Saimnieks. To set a new password, open this link within an hour:
${link}

If you did not ask for this, you can ignore this message: your current password stays valid.
`,
});
