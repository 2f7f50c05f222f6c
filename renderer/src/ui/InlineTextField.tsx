import { useRef, useState } from 'react';

interface Props {
  initial: string;
  label: string;
  className?: string;
  maxLength?: number;
  /** The new text, or null when cancelled or unchanged. */
  onDone: (text: string | null) => void;
}

/** Inline renaming (Electron has no window.prompt): Enter or leaving saves, Escape cancels. */
export function InlineTextField({ initial, label, className = 'inline-field', maxLength = 200, onDone }: Props) {
  const [value, setValue] = useState(initial);
  // Enter and the blur that follows unmounting must not both report.
  const done = useRef(false);
  const report = (text: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(text);
  };
  const finish = () => report(value.trim() && value.trim() !== initial ? value.trim() : null);
  return (
    <input
      className={`${className} nodrag nopan`}
      aria-label={label}
      autoFocus
      maxLength={maxLength}
      value={value}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onBlur={finish}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish();
        else if (e.key === 'Escape') report(null);
      }}
    />
  );
}
