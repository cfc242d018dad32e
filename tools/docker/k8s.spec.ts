import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readSecret } from '@simpul/service-kit';
import { parseAllDocuments } from 'yaml';
import { idOf, renderKustomization, type K8sObject } from './k8s-render.mjs';

// docker/k8s, rendered as `kubectl kustomize` renders it and validated against the Kubernetes schemas,
// read as an operator would: every process probed, sized, autoscaled, guarded against evictions,
// locked down, migrated before it runs, on a CloudNativePG PostgreSQL with a replica.
const root = path.resolve(__dirname, '../..');
const k8sDir = path.join(root, 'docker', 'k8s');
const LAYERS = ['app', 'database', 'secret', 'migrate'] as const;
const VARIANTS = ['base', 'overlays/example'] as const;
const SERVICES = ['registry', 'evaluation', 'kipp', 'mpp', 'skm'];
const validateScript = path.join(__dirname, 'k8s-validate.mjs');

type Layer = (typeof LAYERS)[number];
interface Verdict {
  id: string;
  errors: string[];
}
interface Probe {
  httpGet?: { path: string; port: string | number };
  tcpSocket?: { port: string | number };
}
interface Container {
  name: string;
  image?: string;
  command?: string[];
  ports?: { name: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
  volumeMounts?: { name: string; mountPath: string; subPath?: string }[];
}
interface PodSpec {
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  containers: Container[];
  initContainers?: Container[];
  volumes?: { name: string; emptyDir?: object }[];
  restartPolicy?: string;
}
type Labels = Record<string, string>;
/** The fields the checks read, per kind. */
interface Specs {
  Deployment: { replicas?: number; selector: { matchLabels: Labels }; template: { spec: PodSpec } };
  Job: { parallelism?: number; template: { spec: PodSpec } };
  Service: { selector: Labels; ports: { name: string; port: number; targetPort: string }[] };
  HorizontalPodAutoscaler: { scaleTargetRef: { kind: string; name: string }; minReplicas?: number };
  PodDisruptionBudget: { selector: { matchLabels: Labels } };
  Ingress: { rules: { http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] } }[] };
  Cluster: { instances: number; imageName: string; storage: { size: string } };
}
type Kind = keyof Specs;
type Manifest<K extends Kind> = K8sObject & { spec: Specs[K] };
interface DataObject extends K8sObject {
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

const dirOf = (variant: string, layer: Layer) => path.join(k8sDir, variant, layer);
const render = (variant: string, layer: Layer) => renderKustomization(dirOf(variant, layer));
const ofKind = <K extends Kind>(objects: K8sObject[], kind: K) => objects.filter((o): o is Manifest<K> => o.kind === kind);
const dataObject = (objects: K8sObject[], kind: 'ConfigMap' | 'Secret') => objects.find((o): o is DataObject => o.kind === kind);
const podSpecOf = (object: Manifest<'Deployment' | 'Job'> | undefined): PodSpec => object?.spec.template.spec ?? { containers: [] };
const containersOf = (object: Manifest<'Deployment' | 'Job'>) => [
  ...(podSpecOf(object).initContainers ?? []),
  ...podSpecOf(object).containers,
];
const workloads = (variant: string) => [...ofKind(render(variant, 'app'), 'Deployment'), ...ofKind(render(variant, 'migrate'), 'Job')];

/** Runs k8s-validate.mjs (a child process: kubernetes-models is ESM only) on kustomizations. */
function validate(dirs: string[]): { status: number | null; report: Record<string, Verdict[]> } {
  const run = spawnSync(process.execPath, [validateScript, '--json', ...dirs], { encoding: 'utf8' });
  if (!run.stdout) throw new Error(`k8s-validate.mjs printed nothing: ${run.stderr}`);
  return { status: run.status, report: JSON.parse(run.stdout) as Record<string, Verdict[]> };
}

// One validation of every layer of both (reading the Kubernetes declarations takes seconds).
let validated: ReturnType<typeof validate> | undefined;
const validatedAll = () => (validated ??= validate(VARIANTS.flatMap((variant) => LAYERS.map((layer) => dirOf(variant, layer)))));

describe.each(VARIANTS)('docker/k8s/%s', (variant) => {
  const app = render(variant, 'app');
  const deployments = ofKind(app, 'Deployment');
  const byName = <K extends Kind>(kind: K, name: string) => ofKind(app, kind).find((o) => o.metadata.name === name);

  it('is valid against the Kubernetes schemas and the CloudNativePG Cluster CRD, every object of every layer', () => {
    const { status, report } = validatedAll();
    const verdicts = LAYERS.flatMap((layer) => report[dirOf(variant, layer)] ?? []);
    expect(verdicts.length).toBeGreaterThanOrEqual(33);
    expect(verdicts.filter((v) => v.errors.length > 0)).toEqual([]);
    expect(status).toBe(0);
  });

  it('runs a Deployment for every service, the gateway and the portal, each behind a Service on its port', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...SERVICES, 'gateway', 'portal'].sort());
    for (const deployment of deployments) {
      const service = byName('Service', deployment.metadata.name);
      const ports = podSpecOf(deployment).containers[0]?.ports?.map((p) => p.name);
      expect([deployment.metadata.name, service?.spec.selector]).toEqual([deployment.metadata.name, deployment.spec.selector.matchLabels]);
      expect(ports).toContain(service?.spec.ports[0].targetPort);
    }
  });

  it('probes readiness and liveness of every container: /health for the services and the gateway', () => {
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      for (const container of podSpecOf(deployment).containers) {
        expect([name, Boolean(container.readinessProbe), Boolean(container.livenessProbe)]).toEqual([name, true, true]);
        if (name === 'portal') continue;
        expect([name, container.readinessProbe?.httpGet?.path]).toEqual([name, '/health']);
        // The gateway's /health asks every subgraph, so its liveness only asks whether it accepts connections.
        if (name === 'gateway') expect(container.livenessProbe?.tcpSocket?.port).toBe('http');
        else expect([name, container.livenessProbe?.httpGet?.path]).toEqual([name, '/health']);
      }
    }
  });

  it('gives every container, the migration steps too, cpu and memory requests and limits', () => {
    for (const workload of workloads(variant))
      for (const container of containersOf(workload))
        for (const bound of ['requests', 'limits'] as const)
          expect([container.name, bound, Object.keys(container.resources?.[bound] ?? {}).sort()]).toEqual([
            container.name,
            bound,
            ['cpu', 'memory'],
          ]);
  });

  it('scales every Deployment with an autoscaling/v2 HorizontalPodAutoscaler and guards it with a PodDisruptionBudget', () => {
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const hpa = ofKind(app, 'HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === name);
      expect([name, hpa?.apiVersion, hpa?.spec.scaleTargetRef.kind, (hpa?.spec.minReplicas ?? 1) >= 2]).toEqual([
        name,
        'autoscaling/v2',
        'Deployment',
        true,
      ]);
      // The autoscaler owns the count: a replicas field would reset it on every apply.
      expect([name, deployment.spec.replicas]).toEqual([name, undefined]);
      const pdb = ofKind(app, 'PodDisruptionBudget').find((p) =>
        isDeepStrictEqual(p.spec.selector.matchLabels, deployment.spec.selector.matchLabels),
      );
      expect([name, pdb?.apiVersion]).toEqual([name, 'policy/v1']);
    }
  });

  it('runs every container as a non-root user, without privilege escalation, on a read-only root with /tmp writable', () => {
    for (const workload of workloads(variant)) {
      const pod = podSpecOf(workload);
      expect([workload.metadata.name, pod.securityContext?.runAsNonRoot, pod.securityContext?.runAsUser]).toEqual([
        workload.metadata.name,
        true,
        1000,
      ]);
      const emptyDirs = new Set((pod.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
      for (const container of containersOf(workload)) {
        const { allowPrivilegeEscalation, readOnlyRootFilesystem, capabilities } = container.securityContext ?? {};
        expect([container.name, allowPrivilegeEscalation, readOnlyRootFilesystem, capabilities?.drop]).toEqual([
          container.name,
          false,
          true,
          ['ALL'],
        ]);
        if (container.name === 'done') continue;
        const tmp = container.volumeMounts?.find((m) => m.mountPath === '/tmp');
        expect([container.name, tmp && emptyDirs.has(tmp.name)]).toEqual([container.name, true]);
      }
    }
  });

  it('takes DATABASE_URL from the Secret CloudNativePG generates for the cluster (<cluster>-app, key uri)', () => {
    const [cluster] = ofKind(render(variant, 'database'), 'Cluster');
    const users = workloads(variant)
      .flatMap(containersOf)
      .filter((c) => c.env?.some((e) => e.name === 'DATABASE_URL'));
    expect(users.map((c) => c.name).sort()).toEqual([...SERVICES, ...SERVICES.flatMap((s) => [`${s}-migrate`, `${s}-seed`])].sort());
    for (const container of users)
      expect([container.name, container.env?.find((e) => e.name === 'DATABASE_URL')?.valueFrom?.secretKeyRef]).toEqual([
        container.name,
        { name: `${cluster?.metadata.name}-app`, key: 'uri' },
      ]);
  });

  it('gives every process its secrets and settings from the Secret and the ConfigMap it defines', () => {
    const secret = dataObject(render(variant, 'secret'), 'Secret');
    const config = dataObject(app, 'ConfigMap');
    for (const container of workloads(variant).flatMap(containersOf)) {
      for (const ref of container.env?.flatMap((e) => (e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef] : [])) ?? []) {
        if (ref.name.endsWith('-app')) continue; // CloudNativePG's, checked above
        expect([container.name, ref.name, ref.key in (secret?.stringData ?? {})]).toEqual([container.name, secret?.metadata.name, true]);
      }
      for (const from of container.envFrom ?? [])
        expect([container.name, from.configMapRef?.name]).toEqual([container.name, config?.metadata.name]);
    }
    for (const name of ['registry', 'evaluation', 'kipp', 'mpp', 'skm', 'gateway']) {
      const env = podSpecOf(byName('Deployment', name)).containers[0]?.env?.map((e) => e.name);
      expect([name, env]).toEqual([name, expect.arrayContaining(['JWT_SECRET', 'INTERNAL_SECRET'])]);
    }
    expect(config?.data).toEqual(expect.objectContaining({ NODE_ENV: 'production', SEED_DEMO: 'false' }));
    for (const key of ['PORTAL_ORIGIN', 'TRUST_PROXY', 'PUBLIC_PORTAL_URL', 'PUBLIC_BASE_URL']) expect(config?.data?.[key]).toBeTruthy();
  });

  it("points every <NAME>_URL at a Service of this deployment on that Service's port", () => {
    const urls = Object.entries(dataObject(app, 'ConfigMap')?.data ?? {}).filter(
      ([key]) => key.endsWith('_URL') && !key.startsWith('PUBLIC'),
    );
    expect(urls.map(([key]) => key).sort()).toEqual([...SERVICES.map((s) => `${s.toUpperCase()}_URL`), 'GATEWAY_URL'].sort());
    for (const [key, value] of urls) {
      const url = new URL(value);
      const service = byName('Service', url.hostname);
      expect([key, service?.spec.ports.map((p) => String(p.port))]).toEqual([key, [url.port]]);
    }
  });

  it('routes the Ingress to the portal and the gateway', () => {
    const [ingress] = ofKind(app, 'Ingress');
    const backends = (ingress?.spec.rules ?? []).flatMap((rule) => rule.http.paths.map((p) => p.backend.service));
    expect(backends.map((b) => b.name).sort()).toEqual(['gateway', 'portal']);
    for (const backend of backends) expect(byName('Service', backend.name)?.spec.ports.map((p) => p.name)).toContain(backend.port.name);
  });

  it('keeps uploaded files in PostgreSQL, so no pod keeps anything on a volume but an emptyDir', () => {
    expect(dataObject(app, 'ConfigMap')?.data?.SIMPUL_FILES_STORE).toBe('postgres');
    expect(app.filter((o) => o.kind === 'PersistentVolumeClaim')).toEqual([]);
    for (const workload of workloads(variant))
      for (const volume of podSpecOf(workload).volumes ?? [])
        expect([workload.metadata.name, volume.name, Object.keys(volume)]).toEqual([
          workload.metadata.name,
          volume.name,
          ['name', 'emptyDir'],
        ]);
  });

  it('runs PostgreSQL 18 as a CloudNativePG Cluster with a replica and its own storage', () => {
    const [cluster] = ofKind(render(variant, 'database'), 'Cluster');
    expect(cluster?.apiVersion).toBe('postgresql.cnpg.io/v1');
    expect(cluster?.spec.instances).toBeGreaterThanOrEqual(2);
    expect(cluster?.spec.imageName).toMatch(/postgresql:18[.-]/);
    expect(cluster?.spec.storage.size).toBeTruthy();
  });

  it('migrates and seeds every service one step after another, before a last step says it is done', () => {
    const [job] = ofKind(render(variant, 'migrate'), 'Job');
    const pod = podSpecOf(job ?? {});
    expect(pod.initContainers?.map((c) => c.name)).toEqual(SERVICES.flatMap((s) => [`${s}-migrate`, `${s}-seed`]));
    for (const step of pod.initContainers ?? []) {
      const [service, command] = step.name.split('-');
      expect([step.name, (step as { command?: string[] }).command]).toEqual([step.name, ['node', 'dist/main.js', command]]);
      expect(step.image).toMatch(new RegExp(`simpul/${service}-service(:|@|$)`));
    }
    expect(pod.restartPolicy).toBe('Never');
    expect(job?.spec.parallelism ?? 1).toBe(1);
  });
});

describe('docker/k8s/overlays/example', () => {
  const images = (layer: Layer) =>
    workloads('overlays/example')
      .filter((w) => (layer === 'migrate' ? w.kind === 'Job' : w.kind === 'Deployment'))
      .flatMap(containersOf)
      .map((c) => c.image ?? '');

  it('pins every image to a release (a tag other than latest, or a digest)', () => {
    for (const image of [...images('app'), ...images('migrate')])
      expect(image).toMatch(/^[^:@]+(:(?!latest$)[\w.-]+|@sha256:[0-9a-f]{64})$/);
  });

  it('migrates with the images the services run', () => {
    const running = new Set(images('app'));
    for (const image of images('migrate')) expect([image, running.has(image)]).toEqual([image, true]);
  });

  it('puts every object of every layer in its namespace', () => {
    const namespaces = new Set(LAYERS.flatMap((layer) => render('overlays/example', layer).map((o) => o.metadata.namespace)));
    expect([...namespaces]).toEqual(['simpul']);
  });
});

describe('docker/k8s/base/secret', () => {
  const [secret] = render('base', 'secret');

  it('holds only placeholders, marked, that the gateway and services refuse to start with in production', () => {
    for (const key of ['JWT_SECRET', 'INTERNAL_SECRET'] as const) {
      const value = (secret?.stringData as Record<string, string>)[key] ?? '';
      expect(value).toMatch(/^REPLACE-ME/);
      expect(() => readSecret(key, { NODE_ENV: 'production', [key]: value })).toThrow(/at least 32 characters/);
    }
  });
});

describe('k8s-render.mjs', () => {
  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  const hasKubectl = kubectl.status === 0;
  if (!hasKubectl)
    console.warn(
      'SKIPPED: comparing k8s-render.mjs with `kubectl kustomize` — kubectl is not installed. It did not run; nothing was compared.',
    );

  (hasKubectl ? it : it.skip).each(VARIANTS.flatMap((variant) => LAYERS.map((layer) => `${variant}/${layer}`)))(
    'renders docker/k8s/%s exactly as kubectl kustomize does',
    (dir) => {
      const printed = execFileSync('kubectl', ['kustomize', path.join(k8sDir, dir)], { encoding: 'utf8' });
      const theirs = parseAllDocuments(printed).map((doc) => doc.toJS() as K8sObject);
      const ours = renderKustomization(path.join(k8sDir, dir));
      const byId = (objects: K8sObject[]) => Object.fromEntries(objects.map((o) => [idOf(o), o]));
      expect(byId(ours)).toEqual(byId(theirs));
    },
  );

  describe('on what it does not implement', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-render-'));
      fs.writeFileSync(
        path.join(dir, 'deployment.yaml'),
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: a }\nspec:\n  selector: { matchLabels: { app: a } }\n  template:\n    metadata: { labels: { app: a } }\n    spec: { containers: [{ name: a, image: a }] }\n',
      );
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('refuses a kustomization field instead of ignoring it', () => {
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources: [deployment.yaml]\ncommonLabels: { team: x }\n');
      expect(() => renderKustomization(dir)).toThrow(/does not support commonLabels/);
    });

    it('refuses a patch of a list kustomize merges by key (containers by name)', () => {
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources: [deployment.yaml]\npatches: [{ path: patch.yaml }]\n');
      fs.writeFileSync(
        path.join(dir, 'patch.yaml'),
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: a }\nspec: { template: { spec: { containers: [{ name: a, image: b }] } } }\n',
      );
      expect(() => renderKustomization(dir)).toThrow(/does not merge the list Deployment spec.template.spec.containers/);
    });
  });
});

describe('k8s-validate.mjs', () => {
  it('fails on an invalid object, a field the API does not have (built-in or Cluster) and an API version it has no schema for', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-validate-'));
    try {
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources: [objects.yaml]\n');
      fs.writeFileSync(
        path.join(dir, 'objects.yaml'),
        [
          'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: no-selector }\nspec: { template: { spec: { containers: [{ name: a, image: a }] } } }',
          'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: typo }\nspec:\n  selector: { matchLabels: { app: a } }\n  template: { metadata: { labels: { app: a } }, spec: { containers: [{ name: a, image: a, readinesProbe: {} }] } }',
          'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: h }\nspec: { maxReplicas: many, scaleTargetRef: { kind: Deployment, name: a } }',
          'apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata: { name: db }\nspec: { instances: 2, replicas: 2, storage: { size: 1Gi } }',
          'apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\nmetadata: { name: old }\nspec: { maxReplicas: 2, scaleTargetRef: { kind: Deployment, name: a } }',
        ].join('\n---\n'),
      );
      const { status, report } = validate([dir]);
      expect(status).toBe(1);
      const errors = Object.fromEntries((report[dir] ?? []).map((v) => [v.id, v.errors.join('; ')]));
      expect(errors).toEqual({
        'Deployment//no-selector': expect.stringMatching(/required property selector/),
        'Deployment//typo': '/spec/template/spec/containers/0/readinesProbe is not a field of IContainer',
        'HorizontalPodAutoscaler//h': expect.stringMatching(/maxReplicas must be integer/),
        'Cluster//db': expect.stringMatching(/must NOT have additional properties.*replicas/),
        'HorizontalPodAutoscaler//old': 'no schema for autoscaling/v2beta2 HorizontalPodAutoscaler',
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
