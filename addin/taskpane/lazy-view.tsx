import { lazy, useState, type ComponentType } from 'react';

/**
 * A view whose code loads on first use. Once `preload` has finished, it renders at
 * once instead of suspending, so a tab opened after the idle preload never flickers.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const preload = async (): Promise<void> => {
    loaded ??= await load();
  };
  const Suspending = lazy(async () => {
    await preload();
    return { default: loaded as ComponentType<P> };
  });
  function View(props: P) {
    // Chosen once per mount: swapping component types later would remount and lose typed text.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return <Component {...props} />;
  }
  return { View, preload };
}
