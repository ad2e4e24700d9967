# Turkish, German, French, Spanish and Russian stories for the sixty-second held-out part (h62-*) of the newsflow
# extraction set.  Fictional; written for newsflow.  Same markup and fields as articles_h62_en.py.
ARTICLES = [
dict(id="h62-tr-001", lang="tr", tpl="wordpress", section="Sağlık", date="2026-03-24", byline="Nurhan Kızılkaya",
     title="Ağız ve Diş Sağlığı Merkezi yeni binasında hasta kabulüne başladı",
     sub="Eski sağlık ocağının yerine yapılan binada 24 diş ünitesi ve çocuklar için ayrı bir bölüm var.",
     caption="Kuyucak Ağız ve Diş Sağlığı Merkezi'nin yeni binası.", credit="Fotoğraf: Nurhan Kızılkaya",
     carry=["dentistfinder"],
     look=[("dropcap", "Kuyucak Ağız ve Diş Sağlığı Merkezi")],
     body="""
Kuyucak Ağız ve Diş Sağlığı Merkezi, Hastane Caddesi'ndeki yeni binasında pazartesi günü hasta kabulüne başladı. Merkez, on yedi yıl hizmet verdiği çarşıdaki kiralık binadan ayrıldı.

Üç katlı yeni binada 24 diş ünitesi, röntgen odası ve çocuklar için ayrı bir bekleme salonu bulunuyor. Eski binada yalnızca 11 ünite vardı ve hastalar randevu için haftalarca bekliyordu.

Merkez Müdürü Dr. Selim Karakoyun, günde 450 hastaya bakabileceklerini söyledi. "Eskiden dolgu için bir ay sonraya gün veriyorduk. Şimdi bu süreyi bir haftanın altına indirmeyi hedefliyoruz," dedi.

## Çocuklar için ayrı bölüm

Binanın giriş katı tamamen çocuklara ayrıldı. Duvarları ilçedeki bir ilkokulun öğrencileri boyadı, bekleme salonunda oyuncaklar ve kitaplar var.

Merkezde çalışan iki çocuk diş hekimi, okullarda da tarama yapacak. Geçen yıl yapılan taramada ilçedeki ilkokul öğrencilerinin yarısından fazlasında tedavi edilmemiş çürük bulunmuştu.

## Randevu nasıl alınıyor?

- Merkez Hekim Randevu Sistemi üzerinden, internetten ya da 182'yi arayarak
- Acil hastalar için her sabah 20 randevu ayrılıyor
- 65 yaş üstü hastalar sıra beklemeden muayene ediliyor

Emekli öğretmen Fikret Aydoğan, ilk gün protezini yaptırmak için sıraya girenlerden biriydi. "Eski binanın merdivenlerini çıkamıyordum. Burada asansör var, çok rahat," dedi.

Merkez hafta içi 08.00 ile 17.00 arasında açık. Eski binadaki telefon numarası da değişmedi.
"""),

dict(id="h62-tr-002", lang="tr", tpl="drupal", section="Eğitim", date="2026-09-01", byline="Sevgi Ertürk",
     title="Belediyenin üçüncü kreşi Karşıyaka Mahallesi'nde açıldı",
     sub="Çalışan annelerin çocuklarına öncelik verilen kreşte 3-6 yaş arası 90 çocuk için yer var.",
     caption="Karşıyaka Çocuk Gelişim Merkezi'nin bahçesi.", credit="Fotoğraf: Sevgi Ertürk",
     carry=["childcareplaces"],
     look=[("box", "Kreşe kayıt için çalışan")],
     body="""
Yeşilköprü Belediyesi'nin üçüncü kreşi, Karşıyaka Çocuk Gelişim Merkezi, yeni eğitim yılıyla birlikte kapılarını açtı. Merkezde 3 ile 6 yaş arasındaki 90 çocuk için yer bulunuyor.

Kreş, mahalledeki eski zabıta binasının yıkılmasıyla boşalan arsaya yapıldı. İki katlı binada altı sınıf, yemekhane, uyku odası ve bahçede oyun alanı var.

Belediye Başkanı Hülya Demirtaş, açılışta yaptığı konuşmada ilçedeki kreş ihtiyacının her yıl arttığını söyledi. "Annelerimiz çalışmak istiyor ama çocuğunu bırakacak yer bulamıyor. Özel kreşlerin ücreti bir asgari ücreti geçiyor. Biz bu yükü hafifletmek istiyoruz," dedi.

**Ücretler gelire göre**

Kreşin aylık ücreti ailenin gelirine göre belirleniyor. Asgari ücretle çalışan aileler ayda 1.500 lira, diğer aileler 3.200 lira ödüyor. Şehit ve gazi çocukları ile engelli çocuklar ücretsiz kabul ediliyor.

Kreşe kayıt için çalışan annelerin çocuklarına, tek ebeveynli ailelere ve mahallede oturanlara öncelik tanınıyor. İlk kayıt döneminde 260 başvuru yapıldı, yerleştirme kurayla yapıldı.

**Sabah 7'de açılıyor**

Merkez, vardiyalı çalışan anneler düşünülerek sabah 7.00'de açılıp akşam 18.30'da kapanıyor. Çocuklara günde üç öğün yemek veriliyor.

Kurada yer alamayan aileler yedek listeye alındı. Yedek listedeki sıralarını öğrenmek isteyen veliler Kadın ve Aile Hizmetleri Müdürlüğü ile iletişime geçebilir.
"""),

dict(id="h62-tr-003", lang="tr", tpl="fusion", section="Tarım", date="2026-06-09", byline="Emre Yazıcıoğlu",
     title="İstanbul'dan köye dönen genç çiftçi: \"Arıcılığı babamdan değil, internetten öğrendim\"",
     sub="Bilgisayar mühendisi Deniz Çakmak dört yıl önce Dereköy'e döndü. Bugün 180 kovanı ve kendi markası var.",
     caption="Deniz Çakmak, Dereköy'deki arılığında.", credit="Fotoğraf: Emre Yazıcıoğlu",
     look=[("factbox", "Dereköy'de bir arıcılık yılı")],
     body="""
Deniz Çakmak, İstanbul'da bir yazılım şirketinde sekiz yıl çalıştıktan sonra 2022'de doğduğu köy olan Dereköy'e döndü. Babasından kalan on kovanla başladı, bugün 180 kovanı var. Kendisiyle arılığında konuştuk.

**Neden döndünüz?**

Pandemide evden çalışırken köye geldim ve bir daha gitmek istemedim. Şehirde ekrana bakıp duruyordum. Burada en azından arılara bakıyorum.

**Arıcılığı kimden öğrendiniz?**

Babam arıcıydı ama ben küçükken hiç ilgilenmedim. Arıcılığı babamdan değil, internetten öğrendim. Videolar, forumlar, bir de Ziraat Odası'nın kursu.

**Köylüler ne dedi?**

İlk yıl gülüyorlardı. Arıların yarısını kışın kaybettim. İkinci yıl gelip soru sormaya başladılar.

**Şimdi ne kadar bal alıyorsunuz?**

Geçen yıl dört ton. Yarısını internetten, kendi sitemden satıyorum. Kalanını ilçedeki bir kooperatife veriyorum.

## Dereköy'de bir arıcılık yılı

- Mart: kovanlar açılır, kışı atlatamayan koloniler yenilenir
- Mayıs: kovanlar kestane ormanına taşınır
- Temmuz ve ağustos: bal hasadı
- Ekim: kovanlar kışa hazırlanır, varroa ilacı verilir

**Gençlere ne dersiniz?**

Köyde hayat kolay değil. Ama internet varsa dünyaya buradan da satış yapabilirsiniz.

Deniz Çakmak, ağustos sonunda köyde hasat şenliği düzenleyecek ve ziyaretçilere kovanları gezdirecek.
"""),

dict(id="h62-de-001", lang="de", tpl="amp", section="Gesundheit", date="2026-01-27", byline="Johanna Rettenmaier",
     title="Zahnarztpraxis in Oberachern findet nach zwei Jahren eine Nachfolgerin",
     sub="Dr. Lena Brunnhuber übernimmt die Praxis am Kirchplatz und nimmt auch neue Patienten auf.",
     caption="Die Zahnarztpraxis am Kirchplatz in Oberachern.", credit="Foto: Johanna Rettenmaier",
     carry=["dentistfinder"],
     body="""
Die einzige Zahnarztpraxis in Oberachern bleibt offen. Dr. Lena Brunnhuber, 34, übernimmt zum 1. April die Praxis am Kirchplatz von Dr. Gerhard Weißhaupt, der nach 38 Jahren in den Ruhestand geht.

Zwei Jahre hatte Weißhaupt nach einer Nachfolge gesucht. Anzeigen in Fachzeitschriften, Gespräche mit der Kassenzahnärztlichen Vereinigung und ein Aushang an der Universität in Freiburg blieben ohne Erfolg.

„Ich hatte mich schon darauf eingestellt, die Praxis einfach zuzusperren“, sagte Weißhaupt. „Das wäre für viele ältere Patienten bitter gewesen.“

**Zurück in die Heimat**

Brunnhuber ist in Oberachern aufgewachsen und hat zuletzt in einer großen Praxis in Stuttgart gearbeitet. Von der Suche erfuhr sie durch ihre Mutter, die seit Jahrzehnten Patientin bei Weißhaupt ist.

„Auf dem Land hat man mehr Zeit für die Menschen. In der Stadt war ich manchmal nur noch am Bohrer“, sagte sie.

**Gemeinde hilft beim Umbau**

Die Gemeinde beteiligt sich mit 40.000 Euro an der Modernisierung der Räume. Unter anderem wird ein barrierefreier Eingang gebaut, damit auch Patienten im Rollstuhl in die Praxis kommen.

Bürgermeister Tobias Anselm sprach von einem „Glücksfall“. Die nächsten Zahnärzte sind 18 Kilometer entfernt, und der Bus fährt nur dreimal am Tag.

**Neue Patienten willkommen**

Anders als ihr Vorgänger in den letzten Jahren will Brunnhuber auch neue Patienten aufnehmen. Dafür stellt sie eine zweite Zahnärztin und zwei Fachangestellte ein.

Die Praxis ist vom 16. bis 31. März wegen des Umbaus geschlossen. Termine können schon jetzt telefonisch vereinbart werden.
"""),

dict(id="h62-de-002", lang="de", tpl="ghost", section="Ortsgeschehen", date="2026-08-11", byline="Matthias Kienzle",
     title="Ein Kühlschrank voller Bücher: Die kleinste Bücherei im Kreis steht an der Bushaltestelle",
     sub="In Hinterwaldau hat ein Rentner einen alten Kühlschrank zum Bücherschrank umgebaut.",
     caption="Der Bücherkühlschrank an der Haltestelle Dorfmitte.", credit="Foto: Matthias Kienzle",
     low=0,
     look=[("callout", "Nehmen, lesen, zurückbringen")],
     body="""
An der Bushaltestelle Dorfmitte in Hinterwaldau steht seit Juni ein Kühlschrank. Strom braucht er keinen: Statt Milch und Butter stehen darin rund 120 Bücher.

Gebaut hat die kleine Bücherei Erwin Scholpp, 76, früher Elektriker. Den ausgedienten Kühlschrank fand er beim Sperrmüll, die Regalbretter schnitt er aus einer alten Küchenarbeitsplatte zu. Ein Vordach aus Blech hält den Regen ab.

„Die Kinder warten hier jeden Morgen auf den Schulbus, und die Älteren warten auf den Bus zum Arzt. Warum sollen die nicht lesen?“, sagt Scholpp.

Nehmen, lesen, zurückbringen – oder ein anderes Buch hineinstellen. Mehr Regeln gibt es nicht.

Die Bücher stammen aus Haushaltsauflösungen und von Nachbarn. Krimis und Kochbücher gehen am schnellsten weg, sagt Scholpp. Für Kinder gibt es ein eigenes Fach ganz unten, damit auch die Kleinen herankommen.

Anfangs hatten einige im Ort Bedenken. Der Ortschaftsrat fürchtete, der Kühlschrank könnte beschmiert oder als Müllablage genutzt werden. Nach zwei Monaten ist davon nichts zu sehen.

„Einmal lag eine Tüte Kirschen drin, mit einem Zettel: für den Bücherwart“, erzählt Scholpp und lacht.

Ortsvorsteherin Sabine Frick will das Projekt nun offiziell unterstützen. Der Ortschaftsrat hat beschlossen, den Platz neben der Haltestelle zu pflastern und eine Bank aufzustellen.

Scholpp schaut jeden Morgen um acht nach dem Rechten. Wer Bücher spenden möchte, kann sie einfach in den Kühlschrank stellen.
"""),

dict(id="h62-de-003", lang="de", tpl="gutenberg", section="Familie", date="2026-10-06", byline="Carolin Wiedemann",
     title="Eltern gründen eigene Krippe, weil die Warteliste nicht kürzer wird",
     sub="In Bad Laichingen fehlen mehr als 80 Krippenplätze. Zwölf Familien haben deshalb einen Verein gegründet.",
     caption="Die Räume der neuen Elterninitiative in der alten Sparkasse.", credit="Foto: Carolin Wiedemann",
     carry=["childcareplaces"],
     look=[("dropcap", "Zwölf Familien aus Bad Laichingen"), ("box", "Für die Betreuung zahlen die Eltern")],
     body="""
Zwölf Familien aus Bad Laichingen haben genug vom Warten. Weil in der Stadt mehr als 80 Krippenplätze fehlen, haben sie einen Verein gegründet und eröffnen im November eine eigene Krippe für zehn Kinder unter drei Jahren.

Die Elterninitiative „Kleine Laichwiesel“ zieht in die Räume der früheren Sparkassenfiliale in der Hauptstraße. Die Stadt hat das Gebäude gekauft und vermietet es dem Verein für einen symbolischen Euro im Monat.

„Wir standen mit unserem Sohn auf Platz 47 der Warteliste“, sagt Vereinsvorsitzende Anna-Lena Vöhringer, die als Pflegekraft im Kreiskrankenhaus arbeitet. „Ohne Platz hätte ich meine Stelle aufgeben müssen.“

## Zwei Erzieherinnen gefunden

Das Schwierigste war, Personal zu finden. Nach drei Monaten Suche hat der Verein zwei Erzieherinnen und eine Kinderpflegerin eingestellt. Die Eltern selbst übernehmen reihum den Küchendienst und kleinere Reparaturen.

Für die Betreuung zahlen die Eltern den gleichen Beitrag wie in den städtischen Einrichtungen. Den Rest tragen Land und Stadt, wie bei jeder anerkannten Kita.

## Die Stadt baut selbst

Oberbürgermeister Klaus Dietrich sagte, die Initiative sei eine willkommene Hilfe, ersetze aber nicht den Ausbau. Die Stadt baut derzeit eine Kita mit fünf Gruppen im Neubaugebiet Auchtert, die 2028 fertig sein soll.

Bis dahin bleibt es eng. Vöhringer rechnet damit, dass weitere Elterninitiativen folgen. „Wir geben unsere Satzung und unsere Erfahrungen gern weiter.“

Am Samstag, 25. Oktober, lädt der Verein von 10 bis 13 Uhr zum Tag der offenen Tür in die alte Sparkasse ein.
"""),

dict(id="h62-fr-001", lang="fr", tpl="hubspot", site="Le Fil Éco des Deux-Rives",
     section="Entreprises", date="2026-05-19", byline="Gaëlle Pradier", author_role="Journaliste, économie locale",
     title="Une crèche inter-entreprises de 40 berceaux ouvre sur la zone des Brûlis",
     sub="Six entreprises de la zone d'activité ont financé ensemble les places pour les enfants de leurs salariés.",
     caption="La crèche Les Petits Brûlis, à l'entrée de la zone d'activité.", credit="Photo : Le Fil Éco des Deux-Rives",
     carry=["childcareplaces"], hs_tags=["Emploi", "Petite enfance"],
     look=[("highlight", "Six entreprises de la zone des Brûlis"), ("italic", "« On a gagné une heure par jour. »")],
     body="""
Six entreprises de la zone des Brûlis, à Saint-Aubrac-sur-Lèze, ont inauguré jeudi une crèche inter-entreprises de 40 berceaux. Elle accueille depuis lundi ses premiers enfants, âgés de dix semaines à trois ans.

Le projet est né il y a trois ans, lors d'un petit-déjeuner du club d'entreprises de la zone. Plusieurs dirigeants se plaignaient de ne pas réussir à recruter, en particulier des femmes, faute de mode de garde.

« On perdait des candidates au dernier entretien, parce qu'elles n'avaient pas de place en crèche à moins de vingt kilomètres », explique Marc Lestrade, directeur du fabricant de palettes Bois Lestrade.

## Qui paie quoi

Chaque entreprise réserve un nombre de berceaux pour ses salariés et paie environ 9 000 euros par berceau et par an, dont une partie est déductible. Les familles paient selon le barème de la Caisse d'allocations familiales.

| Entreprise | Berceaux réservés | Salariés
| Bois Lestrade | 12 | 210
| Laiterie des Deux-Rives | 10 | 160
| Transports Cazalis | 8 | 95

Les dix berceaux restants sont partagés entre trois PME et la commune.

## Des horaires calés sur les usines

La crèche ouvre de 6 h 15 à 19 h 30, pour coller aux horaires postés de la laiterie. Elle est gérée par l'association Graines d'Éveil, qui emploie douze personnes. Les familles y trouvent :

- des repas préparés par la cuisine centrale de la commune
- une salle de motricité et un jardin de 300 m²
- un berceau d'accueil d'urgence pour les remplacements de dernière minute

Technicienne de maintenance à la laiterie, Sarah Dumeste y dépose sa fille avant de prendre son poste.

« On a gagné une heure par jour. »

Les entreprises de la zone qui souhaitent réserver des berceaux pour la rentrée 2027 peuvent contacter le club d'entreprises des Brûlis avant le 30 juin.
"""),

dict(id="h62-fr-002", lang="fr", tpl="storybody", section="Agriculture", date="2026-10-13", byline="Thibault Carrère",
     title="Foire de la Saint-Géraud : les broutards se vendent bien malgré la sécheresse",
     sub="Plus de 2 300 bovins ont été présentés sur le foirail d'Aurignac-le-Haut, où les cours sont restés fermes.",
     caption="Des broutards sur le foirail d'Aurignac-le-Haut.", credit="Photo : Thibault Carrère",
     carry=["martreport"],
     body="""
La foire de la Saint-Géraud a tenu ses promesses mardi à Aurignac-le-Haut. Dès 5 heures du matin, les bétaillères faisaient la queue sur la route du foirail, et plus de 2 300 bovins ont été présentés dans la journée.

Les éleveurs redoutaient une foire difficile. Après un été sans pluie, beaucoup ont dû entamer leurs stocks de foin dès le mois d'août et cherchaient à vendre leurs broutards plus tôt que d'habitude.

**Des cours qui tiennent**

Les prix sont pourtant restés fermes. Les broutards aubracs de 300 à 350 kilos se sont vendus autour de 4,10 euros le kilo vif, à peine moins que l'an dernier, portés par la demande des engraisseurs italiens.

« On craignait une foire à la baisse, avec trop d'animaux et pas assez d'acheteurs. Finalement, ça s'est bien vendu », résume Jean-Louis Vergnes, éleveur à Lacroix-Barrez, qui a vendu ses quatorze veaux avant midi.

**Un foirail rénové**

La foire inaugurait aussi le foirail rénové par la communauté de communes. Les anciens parcs en tubes ont été remplacés, une passerelle permet aux acheteurs de voir les lots d'en haut, et un quai de chargement évite désormais aux camions de manœuvrer au milieu des bêtes.

Le chantier a coûté 1,2 million d'euros, financé pour moitié par la Région.

**Une foire vieille de six siècles**

La foire de la Saint-Géraud est citée dans une charte de 1411. Elle reste l'une des plus importantes du département pour les bovins maigres.

La prochaine foire aux bestiaux se tiendra le deuxième mardi de novembre, sur le même foirail.
"""),

dict(id="h62-fr-003", lang="fr", tpl="hugo", section="Santé", date="2026-02-03", byline="Ninon Castagnède",
     title="À Puylaroque, la maison de santé accueille un troisième médecin",
     sub="Le Dr Youssef Benali s'installe après un an de remplacements. Le village comptait un seul généraliste il y a cinq ans.",
     caption="La maison de santé pluriprofessionnelle de Puylaroque.", credit="Photo : Ninon Castagnède",
     look=[("italic", "« Ici, je connais le prénom des enfants")],
     body="""
La maison de santé de Puylaroque compte depuis lundi un troisième médecin généraliste. Le Dr Youssef Benali, 36 ans, s'y installe après un an de remplacements dans le canton.

Il y a cinq ans, le village n'avait plus qu'un seul médecin, proche de la retraite. Beaucoup d'habitants faisaient quarante minutes de route pour consulter à Montauban, et près d'un patient sur cinq n'avait pas de médecin traitant.

La commune a alors transformé l'ancienne gendarmerie en maison de santé. On y trouve aujourd'hui trois médecins, deux infirmières, un kinésithérapeute, une orthophoniste et une sage-femme.

## Pourquoi il est resté

Originaire de Lyon, le Dr Benali ne se voyait pas exercer à la campagne. Ses remplacements ont changé son avis.

« Ici, je connais le prénom des enfants et je sais qui vit seul. En ville, je voyais des dossiers. »

Il cite aussi le travail en équipe. Les professionnels de la maison de santé se réunissent chaque mardi midi pour parler des patients les plus fragiles.

## De nouveaux patients

Avec son arrivée, la maison de santé peut de nouveau accepter des patients sans médecin traitant. Elle estime pouvoir en prendre environ 900 d'ici l'été.

Le maire, Christian Delpech, s'est dit soulagé. « Un médecin, ça ne se remplace pas par une cabine de téléconsultation. »

La commune loge le Dr Benali gratuitement pendant un an dans l'appartement au-dessus de la mairie.

Les nouveaux patients peuvent prendre rendez-vous par téléphone au secrétariat de la maison de santé, du lundi au vendredi de 8 h à 19 h.
"""),

dict(id="h62-es-001", lang="es", tpl="table", section="Campo", date="2026-11-17", byline="Ignacio Villarejo",
     title="\"Aquí se cierra un trato con un apretón de manos\": un tratante en la feria de ganado de Valdecuernos",
     sub="Anselmo Barroso lleva 45 años comprando y vendiendo terneros. Hablamos con él en la feria de San Martín.",
     caption="Anselmo Barroso en el recinto ferial de Valdecuernos.", credit="Foto: Ignacio Villarejo",
     carry=["martreport"],
     look=[("bold", "¿Cuántas ferias lleva?"), ("bold", "¿Cómo ha ido este año?"), ("bold", "¿Qué ha cambiado?"),
           ("bold", "¿Sigue valiendo la palabra?"), ("bold", "¿Y la gente joven?")],
     body="""
La feria de ganado de San Martín reunió el pasado fin de semana a más de 4.000 cabezas en el recinto ferial de Valdecuernos. Entre los corrales estaba, como cada noviembre, Anselmo Barroso, tratante de ganado desde los 17 años. Hablamos con él junto a un lote de terneros.

¿Cuántas ferias lleva?

Cuarenta y cinco años viniendo a esta. Mi padre me traía de la mano cuando la feria se hacía todavía en la plaza, con los animales atados a las rejas de las casas.

¿Cómo ha ido este año?

Bien, mejor de lo que esperábamos. Los terneros cruzados se han pagado a buen precio, porque hay mucha demanda de cebaderos de Cataluña. Las vacas de desvieje han ido algo peor.

¿Qué ha cambiado?

Casi todo. Antes se pagaba en billetes y ahora por transferencia. Antes venías en tren y ahora hay camiones que cargan cien animales. Y cada ternero lleva su crotal y su pasaporte.

¿Sigue valiendo la palabra?

Eso no ha cambiado. Aquí se cierra un trato con un apretón de manos, y el que falta a su palabra ya no vuelve a vender en esta feria.

¿Y la gente joven?

Hay menos, pero los que hay vienen con ganas. Mi nieto ya sabe mirarle los dientes a una vaca.

La próxima feria de ganado de Valdecuernos será la de San José, a mediados de marzo.
"""),

dict(id="h62-es-002", lang="es", tpl="sanity", section="Cultura", date="2026-07-14", byline="Amaia Zubeldia",
     title="El cine de verano de Torrelobos vuelve a la era después de doce años",
     sub="Un grupo de vecinos ha comprado un proyector y una pantalla hinchable. La primera sesión reunió a 400 personas.",
     caption="La primera sesión del cine de verano en la era de Torrelobos.", credit="Foto: Amaia Zubeldia",
     look=[("dropcap", "Cuatrocientas sillas de plástico")],
     body="""
Cuatrocientas sillas de plástico, una pantalla hinchable de ocho metros y el ruido de los grillos de fondo. Así volvió el sábado el cine de verano a la era de Torrelobos, doce años después de la última sesión.

El cine de verano funcionó en el pueblo desde los años sesenta hasta 2014, cuando el empresario que traía las películas se jubiló. Desde entonces, la era se usaba solo para las fiestas de agosto.

La idea de recuperarlo salió de la asociación cultural La Trilla. Sus socios reunieron 6.800 euros con una cena popular, una rifa y aportaciones de los comercios del pueblo, y compraron un proyector, la pantalla y un equipo de sonido.

"Queríamos que los niños de ahora tuvieran el mismo recuerdo que nosotros: ver una película con la manta en las piernas y un bocadillo de tortilla", cuenta Rebeca Olmedo, presidenta de la asociación.

## Películas para todos

La programación incluye ocho sesiones, todos los sábados de julio y agosto. Se alternan películas de dibujos para el público familiar con clásicos del cine español, elegidos por votación entre los vecinos.

La entrada cuesta dos euros y es gratuita para los menores de doce años. Lo recaudado se destinará a comprar unas butacas de segunda mano para la próxima temporada. Además de la pantalla, la asociación ha organizado:

- un puesto de palomitas a cargo de los quintos del pueblo
- un autobús desde las pedanías de Valdelosa y Herrera
- sillas reservadas para las personas mayores en las primeras filas

## Lleno en el estreno

La primera noche se proyectó una película de animación y la era se llenó antes de las diez. Algunos vecinos trajeron sus propias sillas de casa.

Las sesiones empiezan a las 22.30. En caso de viento o lluvia, la proyección se traslada al frontón cubierto.
"""),

dict(id="h62-es-003", lang="es", tpl="semantic", section="Mar", date="2026-04-07", byline="Xabier Olano",
     title="La lonja de Arrigorri subasta por primera vez el pescado en internet",
     sub="Compradores de toda la cornisa pueden pujar desde el móvil. La cofradía espera atraer a más restaurantes.",
     caption="La sala de subastas de la lonja de Arrigorri.", credit="Foto: Xabier Olano",
     section_tag=True,
     look=[("italic", "\"Antes, si no estabas aquí a las seis")],
     body="""
La lonja de Arrigorri ha empezado a subastar su pescado también por internet. Desde el lunes, compradores de cualquier punto de la cornisa pueden pujar desde el ordenador o el móvil, al mismo tiempo que los que están en la sala.

La cofradía de pescadores ha invertido 140.000 euros en el sistema, con ayuda del fondo europeo de pesca. Las cámaras muestran cada caja en una pantalla, y la puja a la baja funciona igual que siempre: el primero que para el reloj se lleva el lote.

"Antes, si no estabas aquí a las seis de la mañana, no comprabas."

Así lo explica Iñaki Etxeberria, patrón mayor de la cofradía. Según sus cálculos, en la primera semana un tercio de las cajas las compraron desde fuera.

Entre los nuevos compradores hay restaurantes de Bilbao y Santander y una pescadería de Logroño. Hasta ahora, la mayoría del pescado de Arrigorri se lo llevaban cuatro mayoristas de la zona.

Los armadores esperan que la competencia mejore los precios. En la primera semana, la merluza de pincho se pagó a una media de 11,40 euros el kilo, un euro más que en marzo.

No todos están contentos. Algunos compradores de toda la vida temen que los grandes se queden con el mejor pescado. La cofradía asegura que la sala seguirá abierta y que nadie que venga a la lonja tendrá desventaja.

La subasta empieza de lunes a viernes a las seis de la mañana. Los compradores interesados pueden darse de alta en las oficinas de la cofradía, en el muelle.
"""),

dict(id="h62-ru-001", lang="ru", tpl="ucoz", site="Село Верхние Ключи", kind="small",
     section="Новости села", date="2026-06-30", byline="Администратор",
     title="В Верхних Ключах отметили 300-летие села",
     sub="На праздник приехали земляки из Москвы, Самары и даже из Германии.",
     caption="Праздничный концерт у клуба в Верхних Ключах.", credit="Фото: жители села",
     carry=["gallery"],
     body="""
В субботу Верхние Ключи отметили 300 лет со дня основания. Впервые в первом письменном упоминании село названо в переписной книге 1726 года.

На праздник собралось больше 600 человек — почти втрое больше, чем живёт в селе. Приехали земляки из Москвы, Самары, Оренбурга, а одна семья прилетела из Германии.

Торжество открыли у обелиска павшим землякам. Глава поселения Николай Дудин поблагодарил всех, кто помогал готовить праздник, и вручил грамоты старейшим жителям села. Самой старшей, Анне Прохоровне Лукиной, в мае исполнилось 97 лет.

**Что было на празднике**

Днём у клуба шёл концерт: выступали наш хор «Ключевские зори», школьники и ансамбль из района. Для детей работали батут и мастер-класс по лепке из глины. На поляне у пруда варили уху и угощали всех пирогами, которые пекли всем селом два дня.

В школьном музее открыли выставку старых фотографий. Многие снимки принесли жители, и у стендов весь день стояли люди — искали на фото родителей и себя.

**Книга о селе**

К юбилею учитель истории Валентина Сергеевна Котова выпустила книгу «Верхние Ключи: триста лет». В ней история села, списки фронтовиков и воспоминания старожилов. Книгу напечатали на деньги, собранные земляками.

Вечером был салют, а потом танцы до полуночи.

Спасибо всем, кто пришёл! Книгу о селе можно взять в библиотеке или купить в сельском клубе.
"""),

dict(id="h62-ru-002", lang="ru", tpl="medium", site="Тетради Заволжья", kind="indie",
     section="Люди", date="2026-09-15", byline="Ксения Буркова",
     title="«Сыр не любит спешки»: как бывший инженер открыл сыроварню в деревне",
     sub="Олег Миронов десять лет проектировал мосты, а теперь делает сыр из молока соседских коров.",
     caption="Олег Миронов в погребе своей сыроварни.", credit="Фото: Ксения Буркова",
     look=[("bold", "Почему сыр?"), ("bold", "Где берёте молоко?"), ("bold", "Что получилось не сразу?"),
           ("bold", "Кто покупает?"), ("bold", "Планы?")],
     body="""
Олег Миронов десять лет работал инженером-мостостроителем в Нижнем Новгороде. Пять лет назад он купил дом в деревне Малые Вёшки и открыл там сыроварню. Сейчас он делает около 300 килограммов сыра в месяц. Мы поговорили с ним в погребе, где зреют головки.

Почему сыр?

Жена привезла из отпуска в Швейцарии кусок грюйера, и я подумал: а почему у нас такого нет? Начинал на кухне, в кастрюле. Первые головки были ужасные.

Где берёте молоко?

У трёх соседских хозяйств. У них восемнадцать коров на всех. Я плачу дороже, чем молокозавод, зато молоко каждое утро свежее, и я знаю, чем кормят коров.

Что получилось не сразу?

Всё. Погреб пришлось переделывать дважды: то сыро, то сухо. Первый год я выбрасывал каждую третью головку. Сыр не любит спешки, это главное, что я понял.

Кто покупает?

Рестораны в Нижнем, фермерские лавки и люди, которые приезжают прямо сюда. По выходным бывает по двадцать машин. А ещё есть подписчики: раз в месяц я отправляю им по почте коробку с тремя сырами.

Планы?

Хочу взять ученика. Один я уже не справляюсь, а деревне нужна работа.

Дегустации в сыроварне проходят по субботам в полдень. Записаться можно по телефону, который указан на вывеске у въезда в деревню.
"""),

dict(id="h62-ru-003", lang="ru", tpl="chunks", section="Здоровье", date="2026-12-01", byline="Алла Сторожева",
     title="В районной поликлинике открыли детский стоматологический кабинет",
     sub="Раньше за помощью детского стоматолога родителям приходилось ездить в областной центр.",
     caption="Новый детский стоматологический кабинет в поликлинике.", credit="Фото: Алла Сторожева",
     carry=["dentistfinder"],
     body="""
В детской поликлинике Каменногорска на прошлой неделе открылся стоматологический кабинет. До сих пор детского стоматолога в районе не было, и родители возили детей в областной центр — за 120 километров.

Кабинет оборудовали на деньги региональной программы модернизации здравоохранения. Купили два стоматологических кресла, рентгеновский аппарат и оборудование для лечения под наркозом, которое раньше было только в областной больнице.

Принимать маленьких пациентов будут два врача. Одна из них, Дарья Лапшина, окончила медицинский университет в Самаре и вернулась в родной город по программе «Земский доктор».

«Дети боятся не боли, а незнакомого. Поэтому у нас на потолке нарисованы облака, а первый приём — это знакомство: посидеть в кресле, посмотреть инструменты», — рассказала она.

## Сначала — школьники

В первые месяцы врачи осмотрят всех первоклассников района. По словам главного врача поликлиники Владимира Сухова, прошлогодние осмотры показали кариес у семи детей из десяти.

«Многие родители тянули до последнего, потому что ехать далеко, а очередь в области — на месяц вперёд», — сказал он.

## Как попасть на приём

Записаться к детскому стоматологу можно в регистратуре, через портал госуслуг или по телефону поликлиники. Ребёнка с острой болью примут в день обращения без записи.

Мать двоих детей Юлия Кравец привела сына на приём в первый же день. «Раньше мы отпрашивались с работы на целый день. Сегодня всё заняло полчаса».

Кабинет работает в будни с 8 до 18 часов, по субботам — с 9 до 13.
"""),
]
