import { SseParser } from './sse-parser';

describe('SseParser', () => {
  it('splits named events, across chunk boundaries and line-ending styles, and skips comments', () => {
    const p = new SseParser();
    expect(p.push('event: ready\ndata: {}\n\n: heartbeat\n\nevent: hi')).toEqual([{ event: 'ready', data: '{}' }]);
    expect(p.push('nt\r\ndata: {"topic":"my-work"}\r\n')).toEqual([]);
    expect(p.push('\r\ndata: a\ndata: b\n\n')).toEqual([
      { event: 'hint', data: '{"topic":"my-work"}' },
      { event: 'message', data: 'a\nb' },
    ]);
  });

  it('emits nothing for a lone heartbeat', () => {
    expect(new SseParser().push(': heartbeat\n\n')).toEqual([]);
  });
});
