import { useEffect, useState } from 'preact/hooks';
import type { PushStatusView } from '../../shared/schemas/push.js';
import type { Api, ApiError } from '../api.js';
import { Alert, Notice } from '../components/alert.js';

type DeviceState = 'checking' | 'unsupported' | 'blocked' | 'off' | 'on';

const supported = () =>
  'serviceWorker' in navigator && 'PushManager' in window && typeof Notification !== 'undefined';

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.ready;
  return registration.pushManager.getSubscription();
}

/**
 * Web Push on this device: a notification when a customer writes while Parley is closed (while
 * it is open, the app itself beeps and notifies). Each phone or browser opts in separately.
 */
export function NotificationSettings({ api }: { api: Api }) {
  const [state, setState] = useState<DeviceState>('checking');
  const [error, setError] = useState<ApiError | string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!supported()) return setState('unsupported');
    if (Notification.permission === 'denied') return setState('blocked');
    currentSubscription()
      .then((s) => setState(s ? 'on' : 'off'))
      .catch(() => setState('off'));
  }, []);

  const turnOn = async () => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== 'granted') {
        setState(permission === 'denied' ? 'blocked' : 'off');
        return;
      }
      const status = await api.get<PushStatusView>('/push');
      if (!status.ok) return setError(status.error);
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: status.data.publicKey,
      });
      const saved = await api.post('/push/subscriptions', subscription.toJSON());
      if (!saved.ok) {
        await subscription.unsubscribe();
        return setError(saved.error);
      }
      setState('on');
      setDone('Notifications are on for this device.');
    } catch (e) {
      setError(
        `This browser could not subscribe to push notifications (${(e as Error).message}). ` +
          'Keep Parley open to hear new messages instead.',
      );
    } finally {
      setBusy(false);
    }
  };

  const turnOff = async () => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const subscription = await currentSubscription();
      if (subscription) {
        const removed = await api.del('/push/subscriptions', { endpoint: subscription.endpoint });
        if (!removed.ok) return setError(removed.error);
        await subscription.unsubscribe();
      }
      setState('off');
      setDone('Notifications are off for this device.');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Notifications on this device</h2>
      <p class="muted">
        Get a notification when a customer writes and Parley is closed. While Parley is open, you
        hear a sound instead.
      </p>
      <Alert error={error} />
      <Notice message={done} />
      {state === 'unsupported' && (
        <p>
          This browser cannot receive push notifications. On an iPhone, add Parley to the Home
          Screen first.
        </p>
      )}
      {state === 'blocked' && (
        <p>
          Notifications are blocked for this site. Allow them in the browser's site settings, then
          come back here.
        </p>
      )}
      {state === 'off' && (
        <button type="button" class="button primary" disabled={busy} onClick={turnOn}>
          {busy ? 'Turning on…' : 'Turn on notifications'}
        </button>
      )}
      {state === 'on' && (
        <button type="button" class="button" disabled={busy} onClick={turnOff}>
          {busy ? 'Turning off…' : 'Turn off notifications'}
        </button>
      )}
    </section>
  );
}
