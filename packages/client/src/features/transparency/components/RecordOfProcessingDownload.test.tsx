import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecordOfProcessingCsvQuery } from '../graphql/transparency';
import { RecordOfProcessingDownload } from './RecordOfProcessingDownload';

/** jsdom's Blob has no text(): read it as the browser's FileReader would. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('the record of processing download', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the CSV the server wrote, named for today', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:casehuddle');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const csv = 'Processing activity,Controller\r\nMulti-agency case record,Joint controllers: Northvale Probation\r\n';
    render(
      <MockedProvider mocks={[{ request: { query: RecordOfProcessingCsvQuery }, result: { data: { recordOfProcessingCsv: csv } } }]}>
        <RecordOfProcessingDownload />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download the record of processing (CSV)' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^casehuddle-record-of-processing-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await readText(createObjectURL.mock.calls[0]![0])).toContain('Multi-agency case record');
  });

  it('says what went wrong when the server refuses', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: RecordOfProcessingCsvQuery },
            result: {
              data: null,
              errors: [{ message: 'Only administrators can export the record of processing.', extensions: { code: 'FORBIDDEN' } }],
            },
          },
        ]}
      >
        <RecordOfProcessingDownload />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download the record of processing (CSV)' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Only administrators can export the record of processing.');
  });
});
