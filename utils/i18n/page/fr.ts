/** The on-page UI's strings in French. */
import type { PageKey } from './en';

export const FR = {
  estimatedHint:
    'Estimée d’après les règles d’AliExpress, non imprimée sur la page de la commande : vérifiez la page de la commande.',
  exact: 'de la page de la commande',
  noDeadline: 'Aucun délai à surveiller',
  protectionUnknown: 'Fin de la protection inconnue : ouvrez la page de la commande pour qu’OrderShield la lise.',
  showDates: 'Voir toutes les dates',
  hideDates: 'Masquer les dates',
  quietMarker: 'OrderShield : rien à surveiller',
  quietHint:
    'Aucun délai ni action pour cette commande pour l’instant. Vous pouvez masquer ces repères dans les options d’OrderShield.',
  timelineTitle: 'Délais de cette commande',
  timelineEmpty: 'Aucune date connue. Ouvrez la page de la commande pour qu’OrderShield les lise.',
  badgeRegion: 'OrderShield pour la commande {orderId}',
  panelTitle: 'OrderShield : que faire avec cette commande',
  nextAction: 'Que faire maintenant',
  nothingToDo: 'Rien à faire pour l’instant : OrderShield surveille les dates.',
  evidence: 'Liste des preuves',
  evidenceTitle: 'Gardez ces preuves',
  addReminder: 'Ajouter un rappel',
  reminderDate: 'Date',
  reminderText: 'Note',
  reminderDefault: 'Vérifier la commande {orderId}',
  save: 'Enregistrer',
  reminderSaved: 'Rappel enregistré pour le {date}.',
  reminderFailed: 'Impossible d’enregistrer le rappel. Rechargez la page et réessayez.',
  copyMessage: 'Copier un message de litige',
  copied: 'Copié. Modifiez-le puis collez-le dans le formulaire du litige.',
  copyManually: 'Sélectionnez le texte et copiez-le.',
  messageLabel: 'Message de litige (en anglais : le vendeur lit l’anglais)',
  checkBeforeConfirmShort: 'Vérifiez d’abord l’article',
  open_dispute_now: 'Pas encore reçu ? Ouvrez un litige maintenant.',
  extend_protection: 'Demandez au vendeur de prolonger la protection : il peut mettre 48 heures à répondre.',
  late_dispute_now:
    'La protection a pris fin ({since}). Toujours pas reçu ? Ouvrez un litige maintenant : AliExpress le permet en général jusqu’à {days} jours après cette date, soit jusqu’à {date} environ.',
  protection_ended:
    'La protection et les {days} jours habituels qui la suivent sont passés. Pas reçu ? Contactez le service client AliExpress.',
  check_before_confirm: 'Vérifiez d’abord l’article : après confirmation, vous avez {days} jours pour un retour.',
  can_escalate: 'Vous pouvez maintenant transmettre le litige à AliExpress.',
  seller_answer_overdue: 'La réponse du vendeur est en retard : transmettez le litige à AliExpress.',
  ship_return_by: 'Expédiez le retour avant le {date} et gardez le numéro de suivi.',
  refund_overdue:
    'Votre remboursement est en retard : contactez le service client (vérifiez aussi votre solde Alipay).',
  decision_overdue: 'La décision d’AliExpress est en retard : demandez au service client dans le chat.',
  dont_cancel_dispute: 'N’annulez pas le litige avant d’avoir récupéré l’argent, quoi que promette le vendeur.',
  ev_quality:
    'Nettes, bien éclairées, un défaut par photo ; le formulaire accepte peu de fichiers : faites des montages',
  // #13 dispute guidance
  filmUnboxing:
    'Filmez le déballage depuis le colis fermé, étiquette visible : sans cela, un article manquant ou cassé est difficile à prouver.',
  disputeRules:
    'Un seul litige par commande ; fermé, il ne peut pas être rouvert, et il ne peut être modifié que quelques fois.',
  // Ship-by limit (domain.md §1 awaiting_shipment)
  seller_must_ship_by: 'Le vendeur doit expédier la commande avant le {date}.',
  seller_ship_overdue:
    'Le vendeur n’a pas expédié à temps : vous pouvez demander l’annulation de la commande avec remboursement intégral (le vendeur a 48 heures pour répondre, puis elle s’annule d’elle-même).',
  // Report this page
  reportTitle: 'OrderShield n’a pas pu lire cette page',
  reportBody:
    'AliExpress a peut-être changé la structure de cette page. Un rapport de la page aide les développeurs à corriger cela : copiez-le, puis joignez-le à un signalement de bug pour les développeurs d’OrderShield.',
  reportKeeps: 'Le rapport garde la structure de la page, les noms de classes et les libellés.',
  reportDrops: 'Il omet les noms, adresses, numéros de commande, prix et numéros de suivi.',
  reportButton: 'Copier un rapport pour les développeurs',
  reportDismiss: 'Fermer',
  reportCopied: 'Copié. Collez-le dans un signalement de bug pour les développeurs d’OrderShield.',
  reportDownloaded:
    'La copie n’a pas été autorisée, le rapport a donc été enregistré dans un fichier. Joignez ce fichier à un signalement de bug pour les développeurs d’OrderShield.',
} satisfies Partial<Record<PageKey, string>>;
