import { InlineAlert } from "suomifi-ui-components";

/** A polite confirmation that something was saved. */
export function SuccessNotice({ children }: { children: React.ReactNode }) {
  return (
    <InlineAlert status="neutral" role="status" mb="m">
      {children}
    </InlineAlert>
  );
}
