/** Labels and shared wording in French (shape: `Labels`, ./en.ts). */
import type { Labels } from './en';

export const FR = {
  stages: {
    awaiting_payment: 'En attente de paiement',
    awaiting_shipment: 'En attente d’expédition',
    awaiting_delivery: 'En attente de livraison',
    completed: 'Terminée',
    dispute_open: 'Litige ouvert',
    dispute_escalated: 'Litige transmis à AliExpress',
    return_required: 'Retour demandé',
    refund_pending: 'Remboursement en attente',
    dispute_lost: 'Litige perdu',
    closed: 'Fermée',
    unknown: 'Statut non reconnu',
  },
  deadlines: {
    protection_end: 'Fin de la protection acheteur',
    extension_request_by: 'Demander la prolongation de la protection avant le',
    dispute_window_end: 'Fin du délai pour ouvrir un litige',
    return_window_end: 'Fin du délai de retour',
    seller_response_due: 'Le vendeur doit répondre avant le',
    escalation_available: 'Litige transmissible à AliExpress à partir du',
    auto_escalation: 'Transmission automatique du litige',
    decision_expected: 'Décision attendue avant le',
    return_ship_by: 'Expédier le retour avant le',
    refund_due: 'Remboursement attendu avant le',
    appeal_follow_up: 'Suivi de l’appel',
    late_dispute_window_end: 'Délai tardif de litige (non reçu) se termine',
    ship_by: 'Le vendeur doit expédier avant le',
    custom: 'Rappel',
  },
  actions: {
    protection_end:
      'Vérifiez le suivi. Pas encore reçu à l’approche de cette date ? Demandez au vendeur de prolonger la protection, ou ouvrez un litige.',
    extension_request_by:
      'Demandez aujourd’hui au vendeur de prolonger la protection : il peut mettre 48 heures à répondre.',
    dispute_window_end: 'Défectueux ou non conforme ? Ouvrez un litige avant la fin du délai.',
    return_window_end: 'Vérifiez l’article maintenant : après cette date, plus de retour ni de remboursement possible.',
    seller_response_due:
      'Le vendeur doit répondre. Vérifiez le litige : sans réponse du vendeur, le remboursement est automatique.',
    escalation_available: 'Vous pouvez maintenant transmettre le litige à AliExpress.',
    auto_escalation: 'Le litige devrait être transmis à AliExpress à peu près maintenant. Vérifiez-le.',
    decision_expected:
      'La décision d’AliExpress est attendue. Vérifiez le litige ; pas de réponse ? Demandez au service client.',
    return_ship_by: 'Expédiez le retour et gardez le numéro de suivi.',
    refund_due:
      'Votre remboursement est en retard : contactez le service client (vérifiez aussi votre solde Alipay). N’annulez pas le litige.',
    appeal_follow_up: 'Retournez dans le chat du service client avec votre numéro d’appel et demandez le résultat.',
    late_dispute_window_end:
      'La protection est terminée et le colis n’est pas là ? Ouvrez un litige maintenant : AliExpress le permet en général jusqu’à cette date.',
    ship_by:
      'Le vendeur doit expédier la commande avant cette date. Pas expédiée ? Vous pouvez demander l’annulation de la commande avec remboursement intégral.',
    custom: 'Votre rappel.',
  },
  lastDay: 'Dernier jour : {date}',
  yourDate: '{date} (votre date)',
  left: 'temps restant : {amount}',
  estimated: 'estimée',
  urgency: { overdue: 'Dépassé', today: 'Aujourd’hui', soon: 'Bientôt', later: 'Rappel' },
  buyerLater:
    'La page indique {page} ; vous avez mis {yours}. OrderShield garde la date de la page tant qu’elle n’affiche pas la prolongation.',
  countedFrom: {
    firstSeen: '{days} jours à partir du {date}, quand OrderShield a vu cette étape pour la première fois',
    printed: '{days} jours à partir du {date}, selon la page de la commande',
  },
  guideReminders: {
    next_day: 'Revenir dans le chat du service client avec le numéro de l’appel',
    review_day: 'Demander au service client le résultat de l’appel',
    chargeback: 'Rétrofacturation par la banque : dernier jour vers le {date} (estimation)',
    paypal: 'Litige PayPal : dernier jour vers le {date} (estimation)',
  },
  guideReminderActions: {
    next_day:
      'Ouvrez le chat du service client, donnez le numéro de l’appel et demandez de vérifier que le texte et les fichiers sont joints.',
    review_day:
      'Demandez au service client le résultat de votre appel. Pas encore examiné ? Demandez la nouvelle date et créez un rappel.',
    chargeback:
      'Cette semaine, demandez à votre banque une rétrofacturation (chargeback), avec la commande, le litige et l’appel. Votre banque peut laisser moins de temps.',
    paypal:
      'Cette semaine, ouvrez un litige PayPal avec la commande et vos preuves. Pour « non conforme à la description », la limite peut tomber plus tôt.',
  },
} satisfies Labels;
