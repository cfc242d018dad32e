// Characters typed ahead of a question (both passwords pasted at once) wait here for the next one.
let pending = '';

/**
 * Asks on the terminal without echoing what is typed (a password). Ctrl-C aborts.
 * @param {string} question
 * @returns {Promise<string>}
 */
export function askHidden(question) {
  return new Promise((resolve, reject) => {
    const { stdin, stdout } = process;
    stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const finish = (/** @type {Error | undefined} */ error = undefined) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    /** @param {string} chunk */
    function onData(chunk) {
      const text = pending + chunk;
      pending = '';
      for (let index = 0; index < text.length; index += 1) {
        const char = text[index];
        if (char === '\r' || char === '\n' || char === '\u0004') {
          pending = text.slice(index + 1).replace(/^\n/, '');
          return finish();
        }
        if (char === '\u0003') return finish(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    }
    stdin.on('data', onData);
    if (pending) onData('');
  });
}
