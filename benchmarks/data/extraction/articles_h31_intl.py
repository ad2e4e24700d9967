# Turkish, German, French, Spanish and Russian stories for the thirty-first held-out part (h31-*).
# Fictional; written for newsflow. Markup and extra fields as in articles_h31_en.py.
ARTICLES = [
dict(id="h31-tr-001", lang="tr", tpl="jannah", site="Kuzeyova Postası", section="Ekonomi ve İş Dünyası",
     date="2026-04-14", byline="Derya Kaplan",
     title="Kuzeyova Belediyesi yaz sezonu için 150 mevsimlik işçi alacak",
     sub="Başvurular 2 Mayıs'a kadar sürecek, işçiler kurayla belirlenecek.",
     caption="Kuzeyova sahilinde geçen yaz görev yapan plaj görevlileri.", credit="Fotoğraf: Kuzeyova Belediyesi",
     tags=["mevsimlik işçi alımı", "Kuzeyova Belediyesi", "yaz sezonu"], source="Ova Haber Ajansı (OHA)",
     carry=["jobs"],
     look=[("dropcap", "Kuzeyova Belediyesi"), ("factbox", "Başvuru şartları"), ("highlight", "Başvurular arasından")],
     body="""
Kuzeyova Belediyesi, yaz sezonunda plajlarda, parklarda ve pazar yerlerinde çalışmak üzere 150 mevsimlik işçi alacağını duyurdu.

Belediye Başkanı Serap Yıldırım, alımların haziran başından eylül sonuna kadar sürecek dört aylık sözleşmelerle yapılacağını söyledi. İşçilere asgari ücretin yüzde 20 fazlası ödenecek.

## Başvurular nasıl yapılacak?

Başvurular 2 Mayıs'a kadar belediyenin internet sitesinden ve mobil uygulamasından yapılabilecek. İnternet kullanamayanlar için belediye binasının giriş katında bir başvuru masası kurulacak.

## Başvuru şartları

- 18 yaşını doldurmuş olmak;
- en az bir yıldır Kuzeyova'da oturuyor olmak;
- plaj görevlisi olmak isteyenler için yüzme bilmek.

Başvurular arasından kurayla seçim yapılacak. Kura 9 Mayıs'ta noter huzurunda belediye meclis salonunda çekilecek ve belediyenin sosyal medya hesaplarından canlı yayımlanacak.

## Öğrencilere öncelik

Yıldırım, kontenjanın üçte birinin üniversite öğrencilerine ayrıldığını belirtti.

"Gençlerimiz yazın burada çalışsın, harçlığını burada kazansın istiyoruz," dedi.

Geçen yaz 90 mevsimlik işçi alan belediyeye 1.400'den fazla başvuru yapılmıştı. Esnaf Odası Başkanı Murat Tekin de sezon boyunca ilçedeki kafe, lokanta ve otellerin en az 300 kişiye daha iş vereceğini söyledi.
"""),

dict(id="h31-tr-002", lang="tr", tpl="quintype", section="Kültür-Sanat", date="2026-03-21", byline="Emre Sağlam",
     title="Köy okullarını 30 yıl fotoğraflayan öğretmenin arşivi sergide",
     sub="Emekli öğretmen Hasan Çelebi'nin çektiği 140 fotoğraf Kuzeyova Kültür Merkezi'nde.",
     caption="Hasan Çelebi, 1987'de Dereboyu köyünde çektiği sınıf fotoğrafının önünde.", credit="Fotoğraf: Emre Sağlam",
     carry=["gallery"],
     look=[("bold", "Sergideki on bir okuldan")],
     body="""
Emekli sınıf öğretmeni Hasan Çelebi'nin 30 yıl boyunca köy okullarında çektiği fotoğraflar Kuzeyova Kültür Merkezi'nde sergileniyor.

Çelebi, 1984'te ilk görev yeri olan Dereboyu köyünde öğrencilerinin fotoğrafını çekmek için ikinci el bir fotoğraf makinesi aldığını anlatıyor. Emekli olana kadar görev yaptığı yedi okulda yaklaşık 12 bin kare fotoğraf çekti.

## Sobalı sınıflar, tek öğretmenli okullar

Sergideki 140 fotoğrafta sobalı sınıflar, karla kaplı okul yolları ve karne günleri görülüyor. Fotoğrafların çoğunda öğrenciler öğretmenlerinin objektifine gülümsüyor.

Sergideki on bir okuldan yalnızca ikisi bugün hâlâ açık.

"Bu fotoğraflar bir dönemin belgesi. O çocukların çoğu şimdi dede, nine oldu," dedi Çelebi.

## Eski öğrenciler sergide buluştu

Açılışa fotoğraflarda yer alan eski öğrencilerden 60'tan fazlası katıldı. Bazıları kendini ilk kez bir fotoğrafta gördü.

Ankara'dan gelen 47 yaşındaki mühendis Emine Koç, ikinci sınıftaki fotoğrafının önünde uzun süre durdu.

"Önlüğümdeki yamayı bile hatırlıyorum," dedi.

Fotoğraflar sergiden sonra dijital ortama aktarılacak. Çelebi, fotoğraflardaki kişilerin izni alınmadan hiçbir karenin internette paylaşılmayacağını söyledi.

Sergi 30 Nisan'a kadar her gün 10.00 ile 18.00 arasında ücretsiz olarak gezilebilir.
"""),

dict(id="h31-tr-003", lang="tr", tpl="nextjs", section="Yerel", date="2026-05-27", byline="Levent Acar",
     title="Sayıştay raporu: Belediye şirketinde 9 milyon liralık ödemenin belgesi yok",
     sub="Raporda otopark şirketinin 38 ödemesine ait fatura ve sözleşmelerin sunulamadığı belirtildi.",
     caption="Kuzeyova Park A.Ş.'nin işlettiği çarşı otoparkı.", credit="Fotoğraf: Levent Acar",
     carry=["documents"],
     look=[("bold", "Belediye ise açıklamasında")],
     body="""
Sayıştay'ın Kuzeyova Belediyesi'ne ilişkin 2025 yılı denetim raporunda, belediye şirketi Kuzeyova Park A.Ş.'nin yaptığı yaklaşık 9 milyon liralık ödemenin belgesiz olduğu tespit edildi.

Raporda, şirketin otopark ve park alanı işletmeciliği için yaptığı 38 ödemeye ait fatura ve sözleşmelerin denetçilere sunulamadığı belirtildi.

## Rapor meclis gündeminde

Muhalefet partilerinin meclis üyeleri, raporun bir sonraki meclis toplantısında görüşülmesi için önerge verdi.

Meclis üyesi Levent Aksoy, "Bu para vatandaşın parası. Nereye gittiğini bilmek herkesin hakkı," dedi.

Belediye ise açıklamasında eksik belgelerin şirketin eski yönetimi döneminden kaldığını ve arşiv taşınırken kaybolduğunu savundu. Belgelerin bankalardan yeniden istendiği bildirildi.

## Raporda başka neler var?

Denetçiler ayrıca şu konulara dikkat çekti:

- belediyeye ait 14 taşınmazın kira bedellerinin yıllardır güncellenmediği;
- bazı ihalelerde tek teklifle sözleşme imzalandığı;
- belediye araçlarının yakıt kayıtlarının eksik tutulduğu.

Rapor, Sayıştay'ın internet sitesinde herkesin erişimine açık olarak yayımlandı. Vatandaşlar raporun tamamını oradan okuyabiliyor.

## Sonraki adım

Belediye meclisi raporu 12 Haziran'daki toplantısında görüşecek. Toplantı halka açık olacak ve belediyenin internet sitesinden canlı olarak yayımlanacak.
"""),

dict(id="h31-de-001", lang="de", tpl="typo3", site="Stadt Ellerbach", kind="public", section="Pressemitteilungen",
     date="2026-03-10", byline="Pressestelle",
     title="Lärmaktionsplan: Entwurf liegt aus, Stellungnahmen bis 30. April möglich",
     sub="Nachts soll auf drei Durchgangsstraßen Tempo 30 gelten.",
     caption="Die Bahnhofstraße am Abend.", credit="Foto: Stadt Ellerbach",
     carry=["documents", "easyread"],
     look=[("box", "Wer an einer der betroffenen")],
     body="""
Die Stadt Ellerbach hat den Entwurf ihres neuen Lärmaktionsplans veröffentlicht. Bis zum 30. April können Bürgerinnen und Bürger dazu Stellung nehmen.

Der Plan listet die Straßen auf, an denen der Verkehrslärm die Richtwerte am deutlichsten überschreitet, und schlägt Maßnahmen dagegen vor. Betroffen sind nach den Berechnungen rund 4.600 Menschen.

## Tempo 30 in der Nacht

Kern des Entwurfs ist ein nächtliches Tempolimit von 30 km/h auf drei Durchgangsstraßen:

- der Bahnhofstraße zwischen Marktplatz und Kreisel;
- der Hauptstraße im Ortsteil Niederbach;
- der Gartenfelder Straße ab der Grundschule.

Außerdem sollen zwei Straßen bis 2028 einen lärmmindernden Belag bekommen.

Wer an einer der betroffenen Straßen wohnt, kann einen Zuschuss für Schallschutzfenster beantragen. Die Stadt übernimmt bis zur Hälfte der Kosten, höchstens 3.000 Euro pro Wohnung.

## So können Sie sich beteiligen

Stellungnahmen sind schriftlich, per E-Mail oder über das Beteiligungsportal der Stadt möglich. Der Entwurf liegt außerdem im Bürgerbüro im Rathaus aus.

Am 15. April stellt die Verwaltung den Plan bei einer Bürgerversammlung in der Stadthalle vor. Beginn ist um 19 Uhr.

„Lärm macht krank. Wir wollen nicht nur messen, sondern etwas dagegen tun“, sagte Oberbürgermeister Jan Wiesner.

Über den endgültigen Plan entscheidet der Stadtrat im Sommer.
"""),

dict(id="h31-de-002", lang="de", tpl="storybody", section="Gericht", date="2026-05-06", byline="Katrin Vollmer",
     title="Falscher Dachdecker zu 14 Monaten auf Bewährung verurteilt",
     sub="Der 44-Jährige hatte älteren Menschen überhöhte Rechnungen gestellt.",
     caption="Das Amtsgericht Raunsdorf.", credit="Foto: Katrin Vollmer",
     carry=["legal"], avoid=["comments", "moderation"],
     look=[("bold", "Ein 44-jähriger Mann")],
     body="""
Ein 44-jähriger Mann, der sich als Dachdecker ausgegeben und älteren Menschen in Raunsdorf und Umgebung überhöhte Rechnungen gestellt hat, ist vom Amtsgericht zu 14 Monaten Haft auf Bewährung verurteilt worden.

Das Gericht sah es als erwiesen an, dass der Angeklagte in elf Fällen Reparaturen angeboten hatte, die gar nicht nötig waren. Der Schaden beläuft sich auf rund 23.000 Euro.

## Immer dieselbe Masche

Nach Überzeugung des Gerichts klingelte der Mann meist an Häusern, an denen er angeblich lose Dachziegel entdeckt hatte. Er bot an, den Schaden sofort und günstig zu beheben, und verlangte danach ein Vielfaches des vereinbarten Preises.

Eine 81-jährige Zeugin sagte aus, sie habe 2.800 Euro in bar bezahlt, nachdem der Mann eine halbe Stunde auf ihrem Dach gewesen sei.

„Er war so freundlich. Ich habe mich geschämt, Nein zu sagen“, sagte sie.

## Geständnis wirkte sich aus

Der Angeklagte räumte die Vorwürfe gleich zu Prozessbeginn ein. Sein Verteidiger sagte, sein Mandant habe nach der Insolvenz seines früheren Betriebs hohe Schulden gehabt.

Die Richterin rechnete ihm das Geständnis an und dass er bereit ist, den Schaden in Raten zurückzuzahlen. Außerdem muss er 200 Stunden gemeinnützige Arbeit leisten.

Die Polizei rät, an der Haustür keine Aufträge zu vergeben und sich im Zweifel an die Handwerkskammer zu wenden.

Das Urteil ist noch nicht rechtskräftig, beide Seiten können Berufung einlegen.
"""),

dict(id="h31-de-003", lang="de", tpl="cms", section="Kultur", date="2026-03-28", byline="Jonas Riedl",
     title="„Wir verleihen bald auch Nähmaschinen“: Drei Fragen an die neue Leiterin der Stadtbibliothek",
     sub="Aylin Brandt über E-Books, eine Bibliothek der Dinge und einen Raum, in dem niemand redet.",
     caption="Aylin Brandt im Lesesaal der Stadtbibliothek Hohenwalde.", credit="Foto: Jonas Riedl",
     low=0,
     look=[("italic", "Seit dem 1. März")],
     body="""
Seit dem 1. März leitet Aylin Brandt die Stadtbibliothek Hohenwalde. Die 38-Jährige kommt aus Kassel, wo sie das digitale Angebot der Stadtbücherei aufgebaut hat. Wir haben mit ihr über E-Books, Nähmaschinen und leise Ecken gesprochen.

**Frau Brandt, braucht eine Stadt mit 19.000 Einwohnern heute noch eine Bibliothek?**

Mehr denn je. Wir haben im vergangenen Jahr 64.000 Ausleihen gezählt, und die Zahl steigt. Aber die Leute kommen nicht nur wegen der Bücher. Sie kommen, weil es hier warm ist, weil es WLAN gibt und weil ihnen niemand etwas verkaufen will.

**Viele lesen inzwischen auf dem Handy. Was bieten Sie da an?**

Mit dem Bibliotheksausweis kann man über unsere App E-Books und Hörbücher ausleihen, rund um die Uhr. Der Ausweis kostet zwölf Euro im Jahr, für Kinder und Jugendliche ist er kostenlos. Ein Abo bei einem Streamingdienst kostet das Zehnfache.

**Was wollen Sie als Erstes ändern?**

Wir bauen eine Bibliothek der Dinge auf. Ab Juni kann man bei uns Nähmaschinen, Bohrmaschinen und ein Teleskop ausleihen. Und im ersten Stock richten wir einen Raum ein, in dem wirklich niemand redet.

## Zur Person

Aylin Brandt hat in Berlin Bibliothekswissenschaft studiert und danach acht Jahre in Kassel gearbeitet. Sie hat zwei Kinder und fährt, wie sie sagt, „jeden Tag mit dem Rad, auch bei Regen“.
"""),

dict(id="h31-fr-001", lang="fr", tpl="semantic", section="Justice", date="2026-02-24", byline="Élise Marchand",
     title="Un ancien gérant de camping condamné pour des réservations fictives",
     sub="Il louait sur internet des emplacements « vue sur le lac » qui n'existaient pas.",
     caption="L'entrée du camping, fermé depuis l'été 2025.", credit="Photo : Élise Marchand",
     carry=["legal"], avoid=["comments", "moderation"],
     look=[("italic", "« Bonjour, tout est prêt")],
     body="""
Le tribunal correctionnel de Villeroc a condamné mardi un ancien gérant de camping à dix-huit mois d'emprisonnement, dont douze avec sursis, pour avoir encaissé des réservations d'emplacements qui n'existaient pas.

Entre 2023 et 2025, cet homme de 52 ans avait proposé sur internet une quarantaine d'emplacements « vue sur le lac » dans un camping de la commune. Le terrain n'en comptait en réalité que vingt-deux, dont aucun ne donnait sur l'eau.

## Des familles devant un portail fermé

Plusieurs familles venues de Belgique et des Pays-Bas se sont présentées à l'été 2025 devant un camping fermé pour travaux. Elles avaient versé des acomptes de 300 à 900 euros.

À l'audience, une mère de famille a lu le message reçu la veille de son arrivée :

« Bonjour, tout est prêt pour vous, l'emplacement 14 est le plus beau. Bonne route. »

Le prévenu a reconnu les faits. Son avocate a évoqué des difficultés financières après le rachat du camping et « une fuite en avant ».

« Je voulais rembourser tout le monde avec la saison suivante », a-t-il déclaré à la barre.

## Et maintenant ?

Il devra indemniser les 37 victimes qui se sont constituées parties civiles, pour un total de 21 400 euros. Il a aussi interdiction de gérer une entreprise pendant cinq ans.
"""),

dict(id="h31-fr-002", lang="fr", tpl="amp", section="Vie locale", date="2026-02-26", byline="Thomas Girard",
     title="Nids-de-poule, lampadaires : la commune lance une appli pour tout signaler",
     sub="Près de 300 signalements en trois semaines.",
     caption="Un agent des services techniques rebouche un nid-de-poule rue des Écoles.", credit="Photo : Thomas Girard",
     low=1, only=["correction"],
     correction="Rectificatif : une première version de cet article indiquait que l'application était disponible depuis janvier. Elle l'est depuis le 3 février.",
     body="""
Les habitants de Saint-Aubin-des-Prés peuvent désormais signaler un nid-de-poule, un lampadaire éteint ou un dépôt sauvage depuis leur téléphone, grâce à une application lancée par la mairie le 3 février.

Gratuite, l'application permet de prendre une photo du problème, de le localiser sur une carte et de suivre son traitement par les services techniques.

## 300 signalements en trois semaines

En trois semaines, la mairie a reçu près de 300 signalements, dont une centaine concernaient la voirie. Les services techniques disent en avoir déjà traité les deux tiers.

« Avant, on recevait des appels, des courriels, des mots glissés dans la boîte aux lettres. Maintenant, tout arrive au même endroit », explique Nadia Ferrand, adjointe chargée des travaux.

L'application ne dépose pas de cookies publicitaires et ne demande ni nom ni adresse électronique, précise la mairie. Les photos sont supprimées une fois le problème réglé.

## Et sans smartphone ?

Les habitants qui n'ont pas de téléphone portable peuvent toujours signaler un problème à l'accueil de la mairie ou par téléphone. Un registre papier est aussi à disposition à la médiathèque.

Des élus de l'opposition regrettent le coût du service, 4 800 euros par an.

« C'est le prix d'un petit bout de trottoir », répond le maire, Gilles Barthe.
"""),

dict(id="h31-fr-003", lang="fr", tpl="medium", site="La Lettre du Plateau", kind="indie", section="Commerces",
     date="2026-01-19", byline="Clémence Aubry",
     title="Au Café des Tilleuls, on s'abonne à son café comme à un journal",
     sub="Pour 25 euros par mois, une centaine d'habitants ont droit à un café par jour au comptoir.",
     caption="Sabine Morel derrière le comptoir du Café des Tilleuls.", credit="Photo : Clémence Aubry",
     look=[("bold", "Le café compte aujourd'hui")],
     body="""
Au Café des Tilleuls, à Montfaucon-sur-Lizonne, une centaine d'habitants paient leur café d'avance, au mois, comme on s'abonne à un journal.

L'idée est venue à Sabine Morel, qui a repris le café en 2024, après une première année difficile. Pour 25 euros par mois, les abonnés ont droit à un café par jour, servi au comptoir.

## Une trésorerie plus stable

« L'hiver, certains jours, je vendais huit cafés. Avec les abonnements, je sais en début de mois ce qui va rentrer », explique-t-elle.

Les abonnés ne viennent pas tous les jours, reconnaît-elle. Mais ceux qui viennent restent plus longtemps et prennent souvent un croissant, ou un verre en fin de journée.

Le café compte aujourd'hui 112 abonnés, dont le maire et les deux boulangers du village.

## Des cafés suspendus

Chaque abonné peut aussi offrir un café « suspendu », payé d'avance pour quelqu'un qui n'en a pas les moyens. Une ardoise près de la porte indique combien il en reste.

« On ne demande rien à personne. On entre, on regarde l'ardoise, on dit qu'on prend un suspendu », raconte Didier, 71 ans, un habitué.

La lettre d'information du café, envoyée chaque dimanche aux abonnés, annonce les concerts et les soirées jeux du mois.

Sabine Morel espère désormais proposer la même formule pour le pain, avec la boulangerie d'en face.
"""),

dict(id="h31-es-001", lang="es", tpl="bitrix", section="Tribunales", date="2026-06-08", byline="Lucía Ferrer",
     title="El exalcalde de Valdemora, juzgado por trocear contratos para evitar concursos",
     sub="La Fiscalía pide nueve años de inhabilitación para Ernesto Pallarés.",
     caption="Ernesto Pallarés, a su llegada a la Audiencia Provincial.", credit="Foto: Lucía Ferrer",
     carry=["legal"], avoid=["comments", "moderation"],
     look=[("br", "Su abogado sostuvo")],
     body="""
El exalcalde de Valdemora Ernesto Pallarés se sentó este lunes en el banquillo de la Audiencia Provincial, acusado de prevaricación por adjudicar a dedo obras municipales por valor de 640.000 euros.

Según la Fiscalía, entre 2019 y 2022 el Ayuntamiento dividió las obras de pavimentación de varias calles en 31 contratos menores para no tener que sacarlas a concurso. Casi todos fueron a parar a la misma empresa.

## La defensa niega irregularidades

Pallarés, que gobernó el municipio durante doce años, negó haber favorecido a nadie.

"Las calles estaban destrozadas y los vecinos no podían esperar dos años a un concurso", declaró.

Su abogado sostuvo que los contratos se firmaron siguiendo el criterio de los técnicos municipales.

La Fiscalía pide para él nueve años de inhabilitación para cargo público. No le acusa de haberse quedado con dinero.

## Una veintena de testigos

Durante las tres sesiones del juicio está previsto que declaren una veintena de testigos, entre ellos la secretaria-interventora del Ayuntamiento en aquellos años, que advirtió por escrito de los riesgos de fraccionar los contratos.

El actual alcalde, Jaime Roldán, se ha personado en la causa en nombre del municipio.

"No se trata de venganza. Se trata de que las reglas valgan para todos", dijo a la entrada de la Audiencia.

El juicio continuará el miércoles.
"""),

dict(id="h31-es-002", lang="es", tpl="squarespace", site="Asociación Vecinal Barrio del Carmen", kind="small",
     section="Noticias de la asociación", date="2026-02-16", byline="Junta directiva",
     title="Presentamos las cuentas de 2025: más socios y un superávit de 1.900 euros",
     sub="La asamblea anual aprobó las cuentas por unanimidad.",
     caption="Asamblea anual de socios en el local de la calle Cisne.", credit="Foto: Asociación Vecinal Barrio del Carmen",
     carry=["documents"], choose={"documents": 0},
     look=[("bold", "El superávit se destinará")],
     body="""
La asamblea anual de la asociación aprobó el pasado jueves las cuentas de 2025, que se cierran con un superávit de 1.900 euros gracias al aumento de socios y al éxito de las fiestas del barrio.

Terminamos el año con 412 socios, 58 más que en 2024. La cuota sigue siendo de 15 euros al año, y de 8 euros para jubilados y personas en paro.

## En qué gastamos el dinero

Los principales gastos del año fueron:

- las fiestas de San Juan, con 6.200 euros;
- el seguro y el alquiler del local, con 3.400 euros;
- los talleres de informática para mayores, con 1.100 euros.

El superávit se destinará a cambiar las sillas del local, que tienen más de treinta años.

## La cuota, también domiciliada

A partir de este año, quien lo prefiera puede pagar la cuota por domiciliación bancaria. Quien quiera seguir pagando en mano puede hacerlo los martes por la tarde en el local.

La tesorera, Pilar Escudero, agradeció a los comercios del barrio su colaboración en la rifa, que recaudó 1.350 euros.

"Cada euro está justificado y cualquier socio puede ver las facturas cuando quiera", dijo.

Las cuentas completas, con todas las facturas, están a disposición de los socios en el local y en esta web.
"""),

dict(id="h31-es-003", lang="es", tpl="drupal", site="Ayuntamiento de Torrelisa", kind="public", section="Noticias",
     date="2026-04-22", byline="Gabinete de Comunicación",
     title="El Ayuntamiento abre una bolsa de empleo para socorristas y monitores de verano",
     sub="Se ofertan 24 puestos para las piscinas y los campamentos municipales.",
     caption="La piscina municipal de Torrelisa.", credit="Foto: Ayuntamiento de Torrelisa",
     carry=["jobs", "easyread"], choose={"jobs": 2},
     look=[("box", "Las solicitudes se presentan")],
     body="""
El Ayuntamiento de Torrelisa ha abierto el plazo para formar parte de la bolsa de empleo de socorristas y monitores de las piscinas y los campamentos municipales de este verano.

Se ofertan 24 puestos: 12 de socorrista, 8 de monitor de tiempo libre y 4 de taquillero. Los contratos serán de julio y agosto, a jornada completa.

## Requisitos

Las personas interesadas deben cumplir estos requisitos:

- tener 18 años cumplidos;
- contar con el título de socorrismo acuático o de monitor, según el puesto;
- no haber sido condenadas por delitos sexuales, lo que se acreditará con el certificado correspondiente.

Las solicitudes se presentan en la sede electrónica del Ayuntamiento o en el registro general, en la plaza Mayor, 1, hasta el 15 de mayo.

## Cómo se elegirá a los candidatos

La selección se hará por concurso de méritos. Se valorarán la experiencia previa, la formación y el conocimiento de la lengua de signos.

La concejala de Juventud, Marta Lozano, recordó que el año pasado se presentaron más de 150 personas.

"Para muchos jóvenes es su primer contrato, y queremos que sea un buen primer trabajo", señaló.

La lista provisional de admitidos se publicará a finales de mayo en el tablón de anuncios y en esta web.
"""),

dict(id="h31-ru-001", lang="ru", tpl="wordpress", section="Суд", date="2026-07-15", byline="Ольга Крылова",
     title="Суд обязал управляющую компанию вернуть жильцам 1,2 млн рублей",
     sub="Деньги собирали на ремонт крыш, который так и не сделали.",
     caption="Дом № 14 на улице Гагарина.", credit="Фото: Ольга Крылова",
     carry=["legal"], avoid=["comments", "moderation"],
     look=[("dropcap", "Арбитражный суд")],
     body="""
Арбитражный суд обязал управляющую компанию «Уютный дом» вернуть жильцам трёх домов на улице Гагарина в Озерске более 1,2 млн рублей, которые компания собрала на ремонт, так и не выполненный.

Деньги собирались в 2023–2024 годах отдельной строкой в квитанциях на замену кровли. По словам жильцов, за всё это время на крышах не заменили ни одного листа.

## Документы жильцы собирали сами

Иск подал совет дома № 14. Его председатель Валентина Сорокина полтора года собирала квитанции соседей и переписку с компанией.

«Мы ходили по квартирам с папкой. Кто-то квитанции хранил, кто-то выбросил, приходилось восстанавливать через банк», — рассказала она.

В суде представитель компании заявил, что деньги ушли на текущий ремонт подъездов. Документов, которые подтверждали бы эти работы, суд так и не получил.

## Смена управляющей компании

Компания может обжаловать решение в течение месяца. Её руководство на звонки редакции не ответило.

Областная жилищная инспекция сообщила, что проведёт внеплановую проверку компании. Жильцы уже проголосовали за смену управляющей организации.

«Крыша течёт так же, как текла. Но теперь хотя бы понятно, куда делись деньги», — говорит Сорокина.
"""),

dict(id="h31-ru-002", lang="ru", tpl="regional", section="Экономика", date="2026-08-11", byline="Денис Орлов",
     title="Завод в Северогорске ищет 200 сотрудников и обещает жильё",
     sub="Предприятие получило заказ на конструкции для двух мостов.",
     caption="Цех Северогорского завода металлоконструкций.", credit="Фото: Денис Орлов",
     carry=["jobs"],
     look=[("br", "По его словам, средняя")],
     body="""
Северогорский завод металлоконструкций объявил набор 200 сотрудников — сварщиков, операторов станков, водителей погрузчиков и инженеров. Это самый крупный набор на предприятии за последние десять лет.

Завод получил заказ на изготовление конструкций для двух мостов и должен выполнить его к концу следующего года.

## Обучение прямо на заводе

Опыт работы нужен не для всех вакансий. Для тех, кто раньше не работал на производстве, завод откроет трёхмесячные курсы, во время обучения будут платить стипендию.

«Сварщика за три месяца не вырастишь, а вот помощника сварщика — вполне», — сказал директор по персоналу Игорь Лаптев.

По его словам, средняя зарплата на заводе сейчас составляет 78 тысяч рублей.

## Общежитие и ипотека

Приезжим работникам дадут место в отремонтированном заводском общежитии. Тем, кто проработает на заводе больше трёх лет, компания обещает помочь с первым взносом по ипотеке.

В городском центре занятости говорят, что резюме на вакансии завода уже прислали больше 300 человек, в том числе из соседних районов.

Глава города Анна Ветрова назвала набор хорошей новостью для Северогорска.

«Впервые за много лет к нам не уезжают, а приезжают», — сказала она.
"""),

dict(id="h31-ru-003", lang="ru", tpl="magazine", section="Люди", date="2026-10-20", byline="Мария Белова",
     title="Последний фельдшер: как Нина Гладышева сорок лет лечит пять деревень",
     sub="Ближайшая больница — в 46 километрах, автобус туда ходит два раза в неделю.",
     caption="Нина Гладышева у фельдшерско-акушерского пункта в Сосновке.", credit="Фото: Мария Белова",
     pull="Кто им давление померит?",
     look=[("dropcap", "Каждое утро"), ("box", "В прошлом году в районе")],
     body="""
Каждое утро, кроме воскресенья, Нина Гладышева открывает фельдшерско-акушерский пункт в деревне Сосновка. Она работает здесь с 1985 года и обслуживает пять деревень, в которых сейчас живут 640 человек.

Ближайшая больница — в райцентре, в 46 километрах. Автобус туда ходит два раза в неделю.

## Медицина на «Ниве»

За сорок лет у Гладышевой сменились три служебные машины. Сейчас она ездит к лежачим больным на собственной «Ниве», бензин ей оплачивает район.

«Зимой до Малиновки иначе не доберёшься. Один раз трактор вытаскивал», — смеётся она.

Пациенты звонят ей на мобильный в любое время. Номер висит на двери пункта и в каждом деревенском магазине.

В прошлом году в районе закрыли два фельдшерских пункта из семи. Сосновский остался, потому что к нему приписано больше всего жителей.

## Кто придёт на смену

Гладышевой 67 лет. Она говорит, что уйдёт на пенсию только тогда, когда найдётся замена.

«Я не могу просто закрыть дверь. Кто им давление померит?» — говорит она.

Районная больница уже два года ищет фельдшера для Сосновки. Молодым специалистам обещают служебное жильё и выплату в миллион рублей, но желающих пока нет.

Жители деревень написали письмо губернатору с просьбой сохранить пункт. Его подписали 412 человек.
"""),
]
