import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { type MailMessage, mailTransportFor, makeMailer, smtpMailTransport } from './mail.ts';

const message: MailMessage = {
  to: 'anna@example.lv',
  subject: 'Uzaicinājums / Invitation',
  text: 'Labdien!\nhttps://saimnieks.example.lv/set-password#token=abc\n---\nHello!',
  link: 'https://saimnieks.example.lv/set-password#token=abc',
};

/** The smallest SMTP server nodemailer will talk to: it accepts every message and keeps its data. */
function smtpSink() {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          received.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 queued\r\n');
          continue;
        }
        const end = buffer.indexOf('\r\n');
        if (end < 0) return;
        const command = buffer.slice(0, end).toUpperCase();
        buffer = buffer.slice(end + 2);
        if (command.startsWith('DATA')) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (command.startsWith('QUIT')) {
          socket.end('221 bye\r\n');
        } else socket.write('250 ok\r\n');
      }
    });
  });
  return {
    received,
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sinks: ReturnType<typeof smtpSink>[] = [];
afterEach(async () => {
  for (const sink of sinks.splice(0)) await sink.close();
});

describe('mail', () => {
  describe('without SMTP_URL', () => {
    it('writes each message to the log as one labelled info line that shows the link', async () => {
      const lines: { object: object; text: string }[] = [];
      const transport = mailTransportFor(loadConfig({}).mail, {
        info: (object, text) => lines.push({ object, text }),
      });
      await transport.send(message);
      expect(lines).toHaveLength(1);
      expect(lines[0]?.text).toBe(
        'Mail not sent (SMTP_URL is not set): "Uzaicinājums / Invitation" to anna@example.lv; link: https://saimnieks.example.lv/set-password#token=abc',
      );
    });
  });

  describe('with SMTP_URL', () => {
    it('sends the message through the SMTP server, from MAIL_FROM', async () => {
      const sink = smtpSink();
      sinks.push(sink);
      const port = await sink.listen();
      const config = loadConfig({
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        MAIL_FROM: 'Saimnieks <saimnieks@example.lv>',
      });
      const transport = mailTransportFor(config.mail, logMailTransportNeverUsed);
      await transport.send(message);
      transport.close?.();
      expect(sink.received).toHaveLength(1);
      const data = sink.received[0] ?? '';
      expect(data).toMatch(/^From: Saimnieks <saimnieks@example\.lv>$/m);
      expect(data).toMatch(/^To: anna@example\.lv$/m);
      expect(data).toContain('set-password#token=abc');
    });

    it('refuses an SMTP_URL without MAIL_FROM, and one of another scheme, at start', () => {
      expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.lv:25' })).toThrow(/MAIL_FROM/);
      expect(() => loadConfig({ SMTP_URL: 'http://mail.example.lv', MAIL_FROM: 'a@example.lv' })).toThrow(
        'SMTP_URL=(value hidden) is invalid: must be an smtp:// or smtps:// URL',
      );
    });
  });

  describe('makeMailer', () => {
    it('logs a message that cannot be sent instead of failing the caller', async () => {
      const errors: object[] = [];
      const unreachable = smtpMailTransport({ smtpUrl: 'smtp://127.0.0.1:1', from: 'saimnieks@example.lv' });
      const mailer = makeMailer(unreachable, { error: (object) => errors.push(object) });
      await expect(mailer.deliver(message)).resolves.toBeUndefined();
      expect(errors).toEqual([expect.objectContaining({ mail: { to: message.to, subject: message.subject } })]);
    });
  });
});

const logMailTransportNeverUsed = {
  info: () => {
    throw new Error('the log transport was chosen although SMTP_URL is set');
  },
};
