// A PDF shown in the case page (an evidence file or a generated document): the server sends it
// inline only for `?tampil=1`, and lets only Netra's own pages frame it. The fragment asks the
// browser's viewer for the page at full width without its thumbnail pane (the panel is narrow).
export function PdfFrame({ url, title, testId }: { url: string; title: string; testId: string }) {
  return (
    <iframe
      src={`${url}?tampil=1#navpanes=0&view=FitH`}
      title={title}
      data-testid={testId}
      style={{ display: 'block', width: '100%', height: 'min(70vh, 640px)', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
    />
  );
}
