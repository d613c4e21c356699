import { Writable } from 'node:stream';
import { crashReport, installOutputRedaction } from './output-redaction';
import { REDACTED_ID_NUMBER, REDACTED_PHONE } from './redact-personal-data';

describe('output redaction: console and crash output never carry personal numbers (docs/SECURITY.md)', () => {
  const collect = (): { stream: Writable; text: () => string } => {
    const chunks: Buffer[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
    return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
  };

  it('redacts ID numbers and phone numbers written as text or bytes, whatever wrote them', () => {
    const out = collect();
    installOutputRedaction([out.stream]);
    out.stream.write('petitioner 130529198801011234 called from 13912345678\n');
    out.stream.write(Buffer.from('retry for 13052919880101123X\n'));
    // eslint-disable-next-line no-console -- a Console on the test stream, as a library's console.* would write
    const console_ = new console.Console(out.stream);
    console_.log('lookup failed for %s', '130529198801011234');
    expect(out.text()).toBe(`petitioner ${REDACTED_ID_NUMBER} called from ${REDACTED_PHONE}\nretry for ${REDACTED_ID_NUMBER}\nlookup failed for ${REDACTED_ID_NUMBER}\n`);
  });

  it('leaves text in another encoding alone', () => {
    const out = collect();
    installOutputRedaction([out.stream]);
    out.stream.write(Buffer.from('13912345678').toString('hex'), 'hex');
    expect(out.text()).toBe('13912345678');
  });

  it('reports an uncaught error with its stack redacted', () => {
    const error = new Error('duplicate key (id_number)=(130529198801011234)');
    const report = crashReport('api', error);
    expect(report).toContain('[api] uncaught: Error: duplicate key');
    expect(report).toContain(REDACTED_ID_NUMBER);
    expect(report).not.toContain('130529198801011234');
  });
});
