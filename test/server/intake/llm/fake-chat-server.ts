import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeReply = { status?: number; body: string; delayMs?: number };
export type SeenRequest = { url: string; headers: IncomingHttpHeaders; body: unknown };

/** A local HTTP server that speaks the chat-completions API with whatever the test scripts. */
export type FakeChatServer = {
  baseUrl: string;
  seen: SeenRequest[];
  reply: (next: FakeReply) => void;
  close: () => Promise<void>;
};

/** Wraps text as a chat-completions answer, the way OpenAI and Azure OpenAI return it. */
export function chatCompletion(content: string): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });
}

export async function startFakeChatServer(): Promise<FakeChatServer> {
  let next: FakeReply = { body: chatCompletion('{}') };
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(raw || 'null') });
      const { status = 200, body, delayMs = 0 } = next;
      const timer = setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body);
      }, delayMs);
      res.on('close', () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    seen,
    reply: (r) => {
      next = r;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
