// Last line of defence for the map page: a part that fails to render (typically a lazily loaded panel whose
// file is gone because the app was redeployed meanwhile) shows a way out instead of a blank page.
import { Component, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';
import { errorMessageText } from '../i18n/error-text';

interface State {
  error: unknown;
}

class Boundary extends Component<WithTranslation & { children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  render() {
    const { t } = this.props;
    if (this.state.error === null) return this.props.children;
    return (
      <main className="workspace crashed" role="alert" data-testid="crashed">
        <div className="card">
          <h2>{t('app.crashed')}</h2>
          <p className="muted">{errorMessageText(this.state.error)}</p>
          <button type="button" onClick={() => location.reload()}>
            {t('app.reload')}
          </button>
        </div>
      </main>
    );
  }
}

export const ErrorBoundary = withTranslation()(Boundary);
