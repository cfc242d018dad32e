// Loads a Module Federation container the way webpack 5's classic runtime expects (rspack's
// ModuleFederationPluginV1, tools/build/rspack-web.mjs): a script tag runs the remoteEntry.js, which
// assigns its container to a global; the container is given the page's share scope (React, the router,
// Mantine, web-kit as the portal provides them) and then hands out its exposed modules. A few lines
// instead of a federation runtime of 30 kB on every page (issue #17).

/** A container as a classic remoteEntry.js defines it. */
interface Container {
  init(shareScope: unknown): unknown;
  get(module: string): Promise<() => unknown>;
}

/** What the bundler gives the portal's code: its share scopes, filled by `__webpack_init_sharing__`. */
declare const __webpack_init_sharing__: (scope: string) => Promise<void>;
declare const __webpack_share_scopes__: Record<string, unknown>;

export interface ContainerEntry {
  /** The name the portal knows it by (`registry`, `plugin_<id>`): one container per name. */
  name: string;
  /** The URL of its remoteEntry.js. */
  entry: string;
  /** The global the entry assigns its container to. */
  global: string;
  /** An agency plugin's approved SRI hash: the script tag carries it with `crossorigin="anonymous"`. */
  integrity?: string;
}

const containers = new Map<string, Promise<Container>>();
const globals = globalThis as unknown as Record<string, unknown>;

function isContainer(value: unknown): value is Container {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<Container>).get === 'function' &&
    typeof (value as Partial<Container>).init === 'function'
  );
}

/** Runs the entry as a classic script; an earlier script of the same container is dropped first. */
function runEntryScript({ name, entry, integrity }: ContainerEntry): Promise<void> {
  for (const old of document.head.querySelectorAll('script[data-container]')) {
    if (old instanceof HTMLScriptElement && old.dataset['container'] === name) old.remove();
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = entry;
    script.dataset['container'] = name;
    if (integrity) {
      // Attributes rather than properties: they are what the browser checks when it fetches the script.
      script.setAttribute('integrity', integrity);
      script.setAttribute('crossorigin', 'anonymous');
    }
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`The remote entry ${entry} could not be loaded`)));
    document.head.append(script);
  });
}

async function startContainer(remote: ContainerEntry): Promise<Container> {
  // Assigned, not deleted: a `var` global cannot be deleted. A stale container is never mistaken for the new one.
  globals[remote.global] = undefined;
  await runEntryScript(remote);
  const container = globals[remote.global];
  if (!isContainer(container)) throw new Error(`${remote.entry} defined no container at ${remote.global}`);
  await __webpack_init_sharing__('default');
  await container.init(__webpack_share_scopes__['default']);
  return container;
}

/**
 * Loads `module` (e.g. `./App`) of a container and returns the module's exports. The container is
 * loaded once; `fresh` (a retry, a new approved entry or hash) drops it and runs its entry again. A
 * container that failed to load is never reused.
 */
export async function loadExposedModule(remote: ContainerEntry, module: string, fresh = false): Promise<unknown> {
  let container = fresh ? undefined : containers.get(remote.name);
  if (!container) {
    container = startContainer(remote);
    containers.set(remote.name, container);
    container.catch(() => {
      if (containers.get(remote.name) === container) containers.delete(remote.name);
    });
  }
  const factory = await (await container).get(module);
  return factory();
}
