// The baseline: a bare Fastify route answering the same JSON from memory, no schema, no logger.
import Fastify from 'fastify';

const [port, body] = [Number(process.env.PORT), process.env.BARE_BODY ?? '{}'];
const app = Fastify();
app.get('/api/v1/model/tasks', (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
await app.listen({ port, host: '127.0.0.1' });
console.log('bare server ready');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
