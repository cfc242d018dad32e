import { registerMessages, showLanguage, translate } from './catalogue';

describe('message catalogues whose English is a chunk of its own', () => {
  afterEach(() => showLanguage('id'));

  it('answers in Bahasa Indonesia and fetches nothing while Bahasa Indonesia is shown', async () => {
    const loadEnglish = jest.fn(async () => ({ hello: 'Hello {name}' }));
    registerMessages('spec.idle', { id: { hello: 'Halo {name}' }, en: loadEnglish });
    await showLanguage('id');
    expect(translate('en', 'spec.idle', 'hello', { name: 'Ani' })).toBe('Halo Ani');
    expect(loadEnglish).not.toHaveBeenCalled();
  });

  it('fetches the English texts once English is shown, and answers in English when they are in', async () => {
    const loadEnglish = jest.fn(async () => ({ hello: 'Hello {name}' }));
    registerMessages('spec.switch', { id: { hello: 'Halo {name}' }, en: loadEnglish });
    await showLanguage('en');
    expect(loadEnglish).toHaveBeenCalledTimes(1);
    expect(translate('en', 'spec.switch', 'hello', { name: 'Ani' })).toBe('Hello Ani');
    expect(translate('id', 'spec.switch', 'hello', { name: 'Ani' })).toBe('Halo Ani');
    await showLanguage('en');
    expect(loadEnglish).toHaveBeenCalledTimes(1);
  });

  it('fetches the English texts of a namespace registered while English is shown', async () => {
    await showLanguage('en');
    let arrive: (texts: Record<string, string>) => void = () => undefined;
    const english = new Promise<Record<string, string>>((resolve) => (arrive = resolve));
    registerMessages('spec.late', { id: { bye: 'Sampai jumpa' }, en: () => english });
    expect(translate('en', 'spec.late', 'bye')).toBe('Sampai jumpa');
    arrive({ bye: 'Goodbye' });
    await english;
    await Promise.resolve();
    expect(translate('en', 'spec.late', 'bye')).toBe('Goodbye');
  });

  it('stays in Bahasa Indonesia when the English chunk cannot be fetched, and tries again on the next switch', async () => {
    const loadEnglish = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ ok: 'Saved' });
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    registerMessages('spec.offline', { id: { ok: 'Tersimpan' }, en: loadEnglish });
    await showLanguage('en');
    expect(translate('en', 'spec.offline', 'ok')).toBe('Tersimpan');
    expect(consoleError).toHaveBeenCalled();
    await showLanguage('en');
    expect(translate('en', 'spec.offline', 'ok')).toBe('Saved');
    consoleError.mockRestore();
  });
});

describe('a namespace registered in parts', () => {
  afterEach(() => showLanguage('id'));

  it('answers from every part registered, and a part registered again replaces only itself', async () => {
    registerMessages('spec.parts', { id: { title: 'Registri' }, en: { title: 'Registry' } });
    expect(translate('id', 'spec.parts', 'admin.title')).toBe('spec.parts.admin.title');
    registerMessages('spec.parts', { id: { 'admin.title': 'Administrasi' }, en: { 'admin.title': 'Administration' } }, 'admin');
    expect(translate('id', 'spec.parts', 'title')).toBe('Registri');
    expect(translate('en', 'spec.parts', 'admin.title')).toBe('Administration');
    registerMessages('spec.parts', { id: { 'admin.title': 'Admin' }, en: { 'admin.title': 'Admin' } }, 'admin');
    expect(translate('id', 'spec.parts', 'admin.title')).toBe('Admin');
    expect(translate('id', 'spec.parts', 'title')).toBe('Registri');
  });

  it('fetches the English texts of each part once English is shown', async () => {
    const loadMore = jest.fn(async () => ({ 'more.bye': 'Goodbye' }));
    registerMessages('spec.lazyParts', { id: { hello: 'Halo' }, en: { hello: 'Hello' } });
    registerMessages('spec.lazyParts', { id: { 'more.bye': 'Sampai jumpa' }, en: loadMore }, 'more');
    expect(translate('en', 'spec.lazyParts', 'more.bye')).toBe('Sampai jumpa');
    await showLanguage('en');
    expect(loadMore).toHaveBeenCalledTimes(1);
    expect(translate('en', 'spec.lazyParts', 'more.bye')).toBe('Goodbye');
    expect(translate('en', 'spec.lazyParts', 'hello')).toBe('Hello');
  });
});
