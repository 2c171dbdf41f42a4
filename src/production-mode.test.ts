describe('production mode', () => {
  const saved = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = saved;
  });

  it('makes an unset NODE_ENV production, for the libraries that read it when they load', async () => {
    delete process.env.NODE_ENV;
    await jest.isolateModulesAsync(async () => {
      await import('./production-mode');
    });
    expect(process.env.NODE_ENV).toBe('production');
  });

  it('leaves a NODE_ENV that is set alone', async () => {
    process.env.NODE_ENV = 'development';
    await jest.isolateModulesAsync(async () => {
      await import('./production-mode');
    });
    expect(process.env.NODE_ENV).toBe('development');
  });
});
