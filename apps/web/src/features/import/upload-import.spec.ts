import { uploadImport, templateHref } from './upload-import';

describe('uploadImport', () => {
  const fetchMock = jest.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    global.fetch = fetchMock as unknown as typeof fetch;
    document.cookie = 'spillover_csrf=token-123';
  });

  it('sends the file as the body, its format as the content type and the session’s CSRF header', async () => {
    fetchMock.mockResolvedValue({
      ok: true,
      json: () => Promise.resolve({ id: 'run-1', status: 'QUEUED' }),
    });
    const file = new File(['a,b'], 'catalogue.xlsx');
    const result = await uploadImport({
      kind: 'NEED',
      organizationId: 'org-1',
      mode: 'ALL_OR_NOTHING',
      publish: true,
      file,
    });
    expect(result).toEqual({ id: 'run-1' });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(
      '/imports?kind=NEED&mode=ALL_OR_NOTHING&publish=true&fileName=catalogue.xlsx&organizationId=org-1',
    );
    expect(init.headers).toEqual({
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'x-csrf-token': 'token-123',
    });
    expect(init.body).toBe(file);
  });

  it('returns the refusal’s code and field', async () => {
    fetchMock.mockResolvedValue({
      ok: false,
      status: 403,
      json: () =>
        Promise.resolve({
          errors: [
            {
              message: 'Only an ORG_ADMIN…',
              extensions: { code: 'FORBIDDEN', field: 'organizationId' },
            },
          ],
        }),
    });
    const result = await uploadImport({
      kind: 'CAPABILITY',
      organizationId: null,
      mode: 'PREVIEW',
      publish: false,
      file: new File([''], 'x.csv'),
    });
    expect(result).toEqual({
      error: { code: 'FORBIDDEN', field: 'organizationId', message: 'Only an ORG_ADMIN…' },
    });
  });

  it('links the template of a kind in a language', () => {
    expect(templateHref('CAPABILITY', 'ko', false)).toBe(
      '/imports/template.xlsx?kind=CAPABILITY&language=ko&organizations=false',
    );
  });
});
