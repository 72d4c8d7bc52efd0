/** A container image reference, split the way registries read it. */
export interface ImageRef {
  raw: string;
  registry?: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** no tag and no digest, or the tag `latest`: the image can change under you */
  floating: boolean;
  /** the reference still holds unresolved variables (`${TAG}`, `{{ .Values.image.tag }}`) */
  templated: boolean;
}

export function parseImageRef(raw: string): ImageRef {
  const s = raw.trim();
  const templated = /\$\{|\{\{|\$[A-Za-z_]/.test(s);
  let rest = s;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const first = rest.indexOf('/');
  if (first > 0) {
    const head = rest.slice(0, first);
    if (head.includes('.') || head.includes(':') || head === 'localhost') {
      registry = head;
      rest = rest.slice(first + 1);
    }
  }
  return { raw: s, registry, repository: rest, tag, digest, floating: !digest && (!tag || tag === 'latest'), templated };
}

/** Last path segment of the repository, lower-cased: `bitnami/postgresql` -> `postgresql`. */
export function imageName(raw: string): string {
  const r = parseImageRef(raw).repository;
  return r.slice(r.lastIndexOf('/') + 1).toLowerCase();
}
