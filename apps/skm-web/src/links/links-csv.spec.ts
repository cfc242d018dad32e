import { linksCsv } from './links-csv';

describe('the CSV of issued one-time links', () => {
  it('lists each address under a number', () => {
    expect(linksCsv([{ url: 'https://portal.simpul.test/skm/l/abc' }, { url: 'https://portal.simpul.test/skm/l/def' }])).toBe(
      'no,url\r\n1,https://portal.simpul.test/skm/l/abc\r\n2,https://portal.simpul.test/skm/l/def\r\n',
    );
  });

  it.each([' =1+1', '\t=1', '@SUM(1)', '+1', '-1', ' =HYPERLINK("http://x","klik")'])('neutralises %j like every export', (probe) => {
    const quoted = `'${probe}`;
    const field = /[,"]/.test(quoted) ? `"${quoted.replace(/"/g, '""')}"` : quoted;
    expect(linksCsv([{ url: probe }]).split('\r\n')[1]).toBe(`1,${field}`);
  });
});
