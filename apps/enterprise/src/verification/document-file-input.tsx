import type { RefObject } from 'react';

/** The hidden picker of a 营业执照 or 授权书 (企业认证 and disputes alike): one file, handed over once chosen. */
export function DocumentFileInput({ inputRef, onFile }: { inputRef: RefObject<HTMLInputElement | null>; onFile: (file: File) => void }) {
  return (
    <input
      ref={inputRef}
      type="file"
      hidden
      accept=".pdf,.jpg,.jpeg,.png,.ofd"
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
